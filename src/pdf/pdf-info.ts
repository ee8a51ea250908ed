import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';

/** Document information written into the PDF's Info dictionary. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  documentNumber?: string;
  /** Absent when the published record has no 索引号 (`index-number: none`). */
  indexNumber?: string;
  /** Creation and modification date; fixed so two builds give the same bytes. */
  date: Date;
}

/** What the Info dictionary names the producer; no version, so bytes do not drift. */
const PRODUCER = 'report (GB/T 9704 公文 compiler)';

/**
 * Sets Title, Author, Subject, Keywords, fixed dates and the 文件编号 / 索引号 as custom
 * keys (DocumentNumber, IndexNumber), on the printed PDF as pdf-lib parsed it. pdf-lib keeps
 * Chromium's outline and structure tags; loading with `updateMetadata: false` stops it
 * stamping its own producer and today's date.
 */
export function setPdfInfo(doc: PDFDocument, info: PdfInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  doc.setLanguage(info.language);
  // getInfoDict is private in pdf-lib's types but is the documented way to add custom keys.
  const dict = (doc as unknown as { getInfoDict(): { set(key: PDFName, value: PDFHexString): void } }).getInfoDict();
  if (info.documentNumber) dict.set(PDFName.of('DocumentNumber'), PDFHexString.fromText(info.documentNumber));
  if (info.indexNumber) dict.set(PDFName.of('IndexNumber'), PDFHexString.fromText(info.indexNumber));
}
