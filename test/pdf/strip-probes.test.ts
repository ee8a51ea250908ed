import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { readProbes } from '../../src/pdf/finish-layout.js';
import { stripProbes } from '../../src/pdf/strip-probes.js';

/** A probe as the layout pass makes it: an empty link to itself, 1 px wide. */
const probe = (id: string) => `<a id="${id}" href="#${id}" class="report-probe" style="display:inline-block;width:1px;margin-right:-1px;height:1px;vertical-align:top"></a>`;

const HTML = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>',
  '<h1>标题</h1>',
  `<p>${probe('rp-s-0')}第一段<a href="#x">一个真的链接</a>文字${probe('rp-e-0')}</p>`,
  `<p id="x">${probe('rp-s-1')}第二段<strong>加粗</strong>${probe('rp-e-1')}</p>`,
  '<a id="rp-end" href="#rp-end" class="report-probe" style="display:block;height:1px;margin-bottom:-1px"></a>',
  '</body></html>',
].join('');

/** Every object of the saved file whose dictionary names `name` (e.g. a /Link element), as text. */
function structElements(doc: PDFDocument, type: string): PDFDict[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('S')) === PDFName.of(type));
}

describe('stripProbes (a tagged print from the real Chromium)', () => {
  let browser: Browser;
  let printed: Uint8Array;

  beforeAll(async () => {
    browser = await startBrowser();
    const page = await browser.newPage();
    await page.setContent(HTML);
    printed = await page.pdf({ tagged: true, outline: true });
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds the probes in the print to begin with (the test would prove nothing otherwise)', async () => {
    const doc = await PDFDocument.load(printed, { updateMetadata: false });
    expect([...readProbes(doc).keys()].sort()).toEqual(['rp-e-0', 'rp-e-1', 'rp-end', 'rp-s-0', 'rp-s-1']);
    expect(structElements(doc, 'Link')).toHaveLength(6);
  });

  it('removes every trace of the probes and keeps the real link, its tag and its destination', async () => {
    const doc = await PDFDocument.load(printed, { updateMetadata: false });
    expect(stripProbes(doc)).toBe(5);
    const saved = await PDFDocument.load(await doc.save({ useObjectStreams: false }), { updateMetadata: false });
    const raw = Buffer.from(await saved.save({ useObjectStreams: false })).toString('latin1');
    expect(raw).not.toMatch(/rp-/);
    expect(readProbes(saved).size).toBe(0);

    // the one real link: its annotation, its named destination, its /Link element and its ParentTree entry
    const annots = saved.getPages()[0]!.node.lookup(PDFName.of('Annots'), PDFArray);
    expect(annots.size()).toBe(1);
    const annot = annots.lookup(0, PDFDict);
    expect(annot.get(PDFName.of('Dest'))).toBe(PDFName.of('x'));
    const dests = saved.catalog.lookup(PDFName.of('Dests'), PDFDict);
    expect(dests.keys().map((key) => key.decodeText())).toEqual(['x']);
    const links = structElements(saved, 'Link');
    expect(links).toHaveLength(1);

    // every OBJR left in the tag tree points at an annotation that is still on the page
    const onPage = new Set(annots.asArray());
    const objrs = saved.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) => (object instanceof PDFDict ? [object.get(PDFName.of('K'))] : []))
      .flatMap((kids) => (kids instanceof PDFArray ? kids.asArray() : [kids]))
      .filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.get(PDFName.of('Type')) === PDFName.of('OBJR'));
    expect(objrs.length).toBe(1);
    for (const objr of objrs) expect(onPage.has(objr.get(PDFName.of('Obj')) as PDFRef)).toBe(true);

    // the ParentTree maps the page's content and the real link only
    const root = saved.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const keys = nums.asArray().filter((_, i) => i % 2 === 0).map((key) => (key as PDFNumber).asNumber());
    expect(keys).toEqual([0, (annot.get(PDFName.of('StructParent')) as PDFNumber).asNumber()]);

    // the outline and the headings' tags are untouched
    expect(saved.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(structElements(saved, 'H1')).toHaveLength(1);
    expect(structElements(saved, 'P')).toHaveLength(2);
  });

  it('leaves a print without probes as it was', async () => {
    const page = await browser.newPage();
    await page.setContent('<p>没有探针的正文<a href="#y">链接</a></p><p id="y">目标</p>');
    const doc = await PDFDocument.load(await page.pdf({ tagged: true }), { updateMetadata: false });
    await page.close();
    const before = await doc.save({ useObjectStreams: false });
    expect(stripProbes(doc)).toBe(0);
    expect(Buffer.from(await doc.save({ useObjectStreams: false })).equals(Buffer.from(before))).toBe(true);
  });
});
