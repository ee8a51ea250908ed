import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import type { Page } from 'puppeteer-core';

/** What the finishing pass changed, for the build's notes and the tests. */
export interface LayoutReport {
  /** How the signature block was kept with body text (GB/T 9704 §7.3.5.5). */
  signature: 'fits' | 'tightened' | 'pulled' | 'none';
  /** Where the 版记 went (§7.4): under the text on the last page, or on a page of its own. */
  colophon: 'none' | 'last-page' | 'own-page';
}

/** The pass's report and, when its last print is the final layout, that print. */
export interface Finished {
  layout: LayoutReport;
  /**
   * The last print of the pass, tagged and with the outline, when nothing on the page
   * changed after it: the final PDF once its probe links are stripped (strip-probes.ts).
   * Absent when the page needs a print of its own.
   */
  printed?: PDFDocument;
}

/**
 * The two rules of GB/T 9704 that CSS cannot express, done by measuring Chromium's own
 * pagination. Chromium has no `:nth()`/`:last` page selectors, no bottom floats, and does
 * not honour `break-before: avoid` between the body and the signature, so:
 *
 *  - Probe: invisible links next to the first and last text of every block; Chromium turns
 *    each into a link annotation whose Rect tells the page and height it landed on.
 *  - Signature never alone (§7.3.5.5, ref §A.5.5): if the signature block starts a page
 *    with no body text, first tighten the line pitch of the text on the page before (at
 *    most 10 %) so it fits there; failing that, move the last two body lines over (a
 *    block with fewer lines there moves whole, and the headings in front of it go too).
 *  - 版记 (§7.4, §7.5): anchored to the bottom of the 版心 on the last page, and that page
 *    gets no number: the last page is made a named page (`colophon`, whose margin boxes
 *    are empty), splitting the paragraph the page break falls in at its exact character.
 *    If the 版记 does not fit under the text, it goes onto a page of its own.
 *
 * Probe prints that cannot be the last skip tagging and the outline (faster; same layout).
 * The probes are removed from the page after each print. Most reports need one print in
 * all: the probe print is the final PDF when it shows the rules already hold.
 */
export async function finishLayout(page: Page, print: (final: boolean) => Promise<Uint8Array>): Promise<Finished> {
  const report: LayoutReport = { signature: 'none', colophon: 'none' };
  await page.evaluate(installToolkit);
  const layout = (fn: string, arg?: unknown) => page.evaluate((name, value) => (window as unknown as Toolkit).__reportLayout[name]!(value), fn, arg as never);
  // With no 版记 to place, a print of the block probes may be the last one: those are printed
  // whole (tagged, with the outline) and kept until the page changes again.
  const colophon = (await layout('hasColophon')) as boolean;
  let last: PDFDocument | undefined;
  const probe = async (final: boolean): Promise<Map<string, Probe>> => {
    const doc = await parsePrint(await print(final));
    await layout('removeProbes');
    last = final ? doc : undefined;
    return readProbes(doc);
  };
  const change = (fn: string, arg?: unknown) => {
    last = undefined;
    return layout(fn, arg);
  };

  let blocks = (await layout('insertBlockProbes')) as number;
  if (blocks === 0) {
    // nothing to measure; the end probe goes too, or the PDF would carry its link
    await layout('removeProbes');
    return { layout: report };
  }
  let probes = await probe(!colophon);
  const signatureIndex = (await layout('signatureIndex')) as number;

  if (signatureIndex > 0) {
    report.signature = 'fits';
    const start = probes.get(`rp-s-${signatureIndex}`) ?? probes.get(`rp-e-${signatureIndex}`);
    const lastBody = probes.get(`rp-e-${signatureIndex - 1}`);
    if (start && lastBody && start.page > lastBody.page) {
      const bodyBottom = lastBody.top - LINE_PT;
      const needed = ((await layout('signatureHeight')) as number) + LINE_PT;
      const overflow = needed - (bodyBottom - BOTTOM_MARGIN_PT);
      const onPage = Array.from({ length: signatureIndex }, (_, i) => i).filter((i) => probes.get(`rp-s-${i}`)?.page === lastBody.page && probes.get(`rp-e-${i}`)?.page === lastBody.page);
      const lines = onPage.length > 0 ? ((await layout('lineCount', onPage)) as number) : 0;
      const squeeze = lines > 0 ? (overflow + SAFETY_PT) / lines : Infinity;
      debug('signature alone', { start, lastBody, needed, overflow, onPage, lines, squeeze });
      if (squeeze <= LINE_PT * MAX_TIGHTEN) {
        await change('tighten', { blocks: onPage, line: LINE_PT - squeeze });
        blocks = (await layout('insertBlockProbes')) as number;
        probes = await probe(!colophon);
        const after = probes.get(`rp-s-${signatureIndex}`);
        const body = probes.get(`rp-e-${signatureIndex - 1}`);
        if (after && body && after.page === body.page) report.signature = 'tightened';
        else await change('untighten', onPage);
      }
      if (report.signature !== 'tightened') {
        const lastBlock = signatureIndex - 1;
        const chars = (await layout('insertCharProbes', lastBlock)) as number;
        const charProbes = await probe(false);
        const tops: number[] = [];
        const firstOfLine: number[] = [];
        for (let k = 0; k < chars; k++) {
          const p = charProbes.get(`rp-c-${k}`);
          if (!p || p.page !== lastBody.page) continue;
          if (tops.length === 0 || Math.abs(tops[tops.length - 1]! - p.top) > 1) {
            tops.push(p.top);
            firstOfLine.push(k);
          }
        }
        // Two lines go over with the signature; a block with fewer lines there moves whole.
        const at = firstOfLine.length >= 3 ? firstOfLine[firstOfLine.length - 2]! : 0;
        await change('breakAt', { block: lastBlock, char: at });
        report.signature = 'pulled';
        // the tightened page was measured by its own probe; a pulled one is measured again
        blocks = (await layout('insertBlockProbes')) as number;
        probes = await probe(!colophon);
      }
    }
  }

  if (!colophon) return { layout: report, printed: last };
  const end = probes.get('rp-end');
  if (!end) return { layout: report };
  const colophonHeight = (await layout('colophonHeight')) as number;
  const room = end.top - BOTTOM_MARGIN_PT;
  if (room < colophonHeight + SAFETY_PT) {
    debug('colophon on its own page', { end, room, colophonHeight });
    await change('colophonOwnPage', CONTENT_HEIGHT_PT - colophonHeight - SAFETY_PT);
    report.colophon = 'own-page';
    return { layout: report };
  }
  // The block the last page starts in: straddling the break, or starting right at it.
  let straddling = -1;
  let atTop = -1;
  for (let i = 0; i < blocks; i++) {
    const start = probes.get(`rp-s-${i}`);
    const finish = probes.get(`rp-e-${i}`);
    if (!start || !finish) continue;
    if (start.page < end.page && finish.page === end.page) straddling = i;
    if (start.page === end.page && atTop < 0) atTop = i;
  }
  let from = atTop;
  let char = 0;
  if (straddling >= 0) {
    const chars = (await layout('insertCharProbes', straddling)) as number;
    const charProbes = await probe(false);
    from = straddling;
    for (let k = 0; k < chars; k++) {
      if (charProbes.get(`rp-c-${k}`)?.page === end.page) {
        char = k;
        break;
      }
    }
  }
  if (from < 0) return { layout: report };
  debug('colophon', { end, room, colophonHeight, from, char, straddling, atTop });
  await change('colophonLastPage', { block: from, char, spacer: room - colophonHeight - SAFETY_PT });
  report.colophon = 'last-page';
  return { layout: report };
}

/** REPORT_DEBUG_LAYOUT=1 prints the measurements this pass acts on. */
function debug(what: string, values: Record<string, unknown>): void {
  if (process.env.REPORT_DEBUG_LAYOUT) console.error(`layout: ${what}`, JSON.stringify(values));
}

const PT_PER_MM = 72 / 25.4;
/** 35 mm bottom margin and the 225 mm 版心, in points. */
const BOTTOM_MARGIN_PT = 35 * PT_PER_MM;
const CONTENT_HEIGHT_PT = 225 * PT_PER_MM;
/** The line pitch of templates/print.css (--line). */
const LINE_PT = 28.98;
/** Tighten the line pitch by at most this share before moving lines instead. */
const MAX_TIGHTEN = 0.1;
/** Half a point of air, so rounding in Chromium's layout never pushes a block over. */
const SAFETY_PT = 0.5;

export interface Probe {
  page: number;
  /** Top of the probe's box, PDF points from the bottom of the page. */
  top: number;
}

/** Parses a print as the finishing steps read it: Info left as Chromium wrote it. */
export function parsePrint(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** Reads probe link annotations (`#rp-…`) back out of a printed PDF. */
export function readProbes(doc: PDFDocument): Map<string, Probe> {
  const probes = new Map<string, Probe>();
  doc.getPages().forEach((pdfPage, index) => {
    const annots = pdfPage.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    for (let k = 0; k < annots.size(); k++) {
      const annot = annots.lookup(k, PDFDict);
      const dest = annot.get(PDFName.of('Dest'));
      const name = dest instanceof PDFName ? dest.decodeText() : undefined;
      if (!name?.startsWith('rp-') || probes.has(name)) continue;
      const rect = annot.lookup(PDFName.of('Rect'), PDFArray);
      probes.set(name, { page: index + 1, top: (rect.lookup(3) as PDFNumber).asNumber() });
    }
  });
  return probes;
}

interface Toolkit {
  __reportLayout: Record<string, (arg: unknown) => unknown>;
}

/**
 * Installs the in-page half of the layout pass as `window.__reportLayout`. It runs in the
 * page (page.evaluate serialises it), so it must not refer to anything outside itself.
 */
function installToolkit(): void {
  const LINE_PX = 28.98 / 0.75;
  const blocks = (): HTMLElement[] => {
    const body = document.querySelector('.document .body');
    const signature = document.querySelector<HTMLElement>('.document .signature');
    const list = body ? ([...body.children].filter((e) => e instanceof HTMLElement && !e.classList.contains('colophon-page')) as HTMLElement[]) : [];
    const page = body?.querySelector('.colophon-page');
    if (page) list.push(...([...page.children].filter((e) => e instanceof HTMLElement && !e.classList.contains('colophon-spacer') && !e.classList.contains('colophon') && !e.classList.contains('signature')) as HTMLElement[]));
    return signature ? [...list, signature] : list;
  };
  const makeProbe = (id: string, block: boolean): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.id = id;
    a.href = `#${id}`;
    a.className = 'report-probe';
    // 1 px wide (zero-size links get no annotation) and -1 px margin: no net advance.
    a.style.cssText = block ? 'display:block;height:1px;margin-bottom:-1px' : 'display:inline-block;width:1px;margin-right:-1px;height:1px;vertical-align:top';
    return a;
  };
  const textNodes = (root: Node): Text[] => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const list: Text[] = [];
    while (walker.nextNode()) list.push(walker.currentNode as Text);
    return list;
  };
  const splitAt = (block: HTMLElement, char: number): HTMLElement => {
    if (char <= 0) return block;
    let seen = 0;
    for (const text of textNodes(block)) {
      const chars = [...text.data];
      if (seen + chars.length > char) {
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEnd(text, chars.slice(0, char - seen).join('').length);
        const head = block.cloneNode(false) as HTMLElement;
        head.removeAttribute('id');
        head.append(range.extractContents());
        head.classList.add('split-head');
        block.classList.add('split-tail');
        block.before(head);
        return block;
      }
      seen += chars.length;
    }
    return block;
  };
  const toolkit: Record<string, (arg: unknown) => unknown> = {
    signatureIndex: () => (document.querySelector('.document .signature') ? blocks().length - 1 : -1),
    hasColophon: () => document.querySelector('.document .colophon') !== null,
    insertBlockProbes: () => {
      const colophon = document.querySelector<HTMLElement>('.document .colophon');
      if (colophon) colophon.style.display = 'none';
      const all = blocks();
      // Probes sit next to the first and last text, inside line boxes that are there anyway:
      // a probe between blocks would add a break opportunity (and an anonymous line in a
      // container), and the measured layout would not be the printed one.
      all.forEach((block, i) => {
        const texts = textNodes(block);
        if (texts.length === 0) return;
        texts[0]!.before(makeProbe(`rp-s-${i}`, false));
        texts[texts.length - 1]!.after(makeProbe(`rp-e-${i}`, false));
      });
      const end = makeProbe('rp-end', true);
      if (colophon) colophon.before(end);
      else document.querySelector('.document')?.append(end);
      return all.length;
    },
    insertCharProbes: (index) => {
      const block = blocks()[index as number];
      if (!block) return 0;
      let k = 0;
      for (const text of textNodes(block)) {
        const fragment = document.createDocumentFragment();
        for (const ch of text.data) {
          fragment.append(makeProbe(`rp-c-${k}`, false), ch);
          k++;
        }
        text.replaceWith(fragment);
      }
      return k;
    },
    removeProbes: () => {
      // character probes split text nodes; join them again, once per parent
      const parents = new Set<Node>();
      for (const a of document.querySelectorAll('.report-probe')) {
        if (a.parentNode) parents.add(a.parentNode);
        a.remove();
      }
      for (const parent of parents) parent.normalize();
      const colophon = document.querySelector<HTMLElement>('.document .colophon');
      if (colophon) colophon.style.display = '';
      return null;
    },
    signatureHeight: () => (document.querySelector('.document .signature')?.getBoundingClientRect().height ?? 0) * 0.75,
    lineCount: (indices) => {
      const all = blocks();
      return (indices as number[]).reduce((sum, i) => sum + Math.round((all[i]?.getBoundingClientRect().height ?? 0) / LINE_PX), 0);
    },
    tighten: (arg) => {
      const { blocks: indices, line } = arg as { blocks: number[]; line: number };
      const all = blocks();
      for (const i of indices) all[i]?.style.setProperty('line-height', `${line}pt`);
      document.querySelector<HTMLElement>('.document .signature')?.style.setProperty('--line', `${line}pt`);
      return null;
    },
    untighten: (indices) => {
      const all = blocks();
      for (const i of indices as number[]) all[i]?.style.removeProperty('line-height');
      document.querySelector<HTMLElement>('.document .signature')?.style.removeProperty('--line');
      return null;
    },
    breakAt: (arg) => {
      const { block, char } = arg as { block: number; char: number };
      const target = blocks()[block];
      if (!target) return null;
      // A block that moves whole takes the headings in front of it along: a heading is
      // never the last thing on a page (it keeps with its first line, print.css).
      let start = splitAt(target, char);
      if (char <= 0) {
        while (start.previousElementSibling instanceof HTMLElement && /^H[1-6]$/.test(start.previousElementSibling.tagName) && !start.previousElementSibling.classList.contains('title')) start = start.previousElementSibling;
      }
      start.style.breakBefore = 'page';
      return null;
    },
    colophonHeight: () => {
      const colophon = document.querySelector<HTMLElement>('.document .colophon');
      if (!colophon) return 0;
      colophon.style.display = '';
      return colophon.getBoundingClientRect().height * 0.75;
    },
    colophonOwnPage: (spacer) => {
      const colophon = document.querySelector<HTMLElement>('.document .colophon');
      if (!colophon) return null;
      const page = document.createElement('div');
      page.className = 'colophon-page';
      const fill = document.createElement('div');
      fill.className = 'colophon-spacer';
      fill.style.height = `${Math.max(0, spacer as number)}pt`;
      colophon.before(page);
      page.append(fill, colophon);
      return null;
    },
    colophonLastPage: (arg) => {
      const { block, char, spacer } = arg as { block: number; char: number; spacer: number };
      const colophon = document.querySelector<HTMLElement>('.document .colophon');
      const target = blocks()[block];
      if (!colophon || !target) return null;
      const start = splitAt(target, char);
      const page = document.createElement('div');
      page.className = 'colophon-page';
      start.before(page);
      const moved: Element[] = [];
      for (let el: Element | null = start; el; el = el.nextElementSibling) moved.push(el);
      page.append(...moved);
      const signature = document.querySelector('.document .signature');
      if (signature && !page.contains(signature)) page.append(signature);
      const fill = document.createElement('div');
      fill.className = 'colophon-spacer';
      fill.style.height = `${Math.max(0, spacer)}pt`;
      page.append(fill, colophon);
      return null;
    },
  };
  (window as unknown as Toolkit).__reportLayout = toolkit;
}
