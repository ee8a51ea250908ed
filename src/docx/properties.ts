import { plainTitle } from '../render/document.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { escapeHtml } from '../render/escape.js';

/** A custom property: Word's File › Properties › Custom. */
interface ICustomPropertyOptions {
  name: string;
  value: string;
}

/** What Word's File › Info and the Windows file properties show for the DOCX. */
export interface DocxProperties {
  title: string;
  creator: string;
  lastModifiedBy: string;
  subject?: string;
  description?: string;
  keywords?: string;
  customProperties: ICustomPropertyOptions[];
}

/**
 * The document properties, as the PDF's metadata (src/pdf/pdf-info.ts): the title on one
 * line, the issuer as author, the summary as subject and description, the keywords; the
 * 文件编号 and 索引号 as custom properties, under those names.
 */
export function docxProperties(manifest: Manifest): DocxProperties {
  const custom: ICustomPropertyOptions[] = [];
  if (manifest['document-number']) custom.push({ name: '文件编号', value: manifest['document-number'] });
  if (manifest['index-number']) custom.push({ name: '索引号', value: manifest['index-number'] });
  return {
    title: plainTitle(manifest),
    creator: manifest.issuer,
    lastModifiedBy: manifest.issuer,
    ...(manifest.summary ? { subject: manifest.summary, description: manifest.summary } : {}),
    ...(manifest.keywords.length > 0 ? { keywords: manifest.keywords.join('; ') } : {}),
    customProperties: custom,
  };
}

/**
 * docProps/core.xml with the document's dates: the docx package stamps the build's clock;
 * these are the PDF's (SOURCE_DATE_EPOCH, else the 成文日期), so a rebuild of the same
 * report says the same. The other core properties as `docxProperties` gives them.
 */
export function coreXml(properties: DocxProperties, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${escapeHtml(value)}</${name}>`);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', properties.title),
    element('dc:subject', properties.subject),
    element('dc:creator', properties.creator),
    element('cp:keywords', properties.keywords),
    element('dc:description', properties.description),
    element('cp:lastModifiedBy', properties.lastModifiedBy),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
