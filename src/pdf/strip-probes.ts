import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/** The names the layout pass gives its probe links (finish-layout.ts): `#rp-s-3`, `#rp-end`. */
const PROBE = /^rp-/;

/**
 * Takes the layout pass's probe links out of a tagged print, so that a probe print can be
 * the final PDF when the pass changes nothing (one print instead of two). A probe is an
 * empty link to itself, and Chromium records it in four places, all of which go:
 *
 *  - the link annotation in its page's /Annots;
 *  - its named destination in the catalog's /Dests;
 *  - its /Link structure element (which holds only the annotation's OBJR) in the tag tree;
 *  - the annotation's entry in the structure tree's /ParentTree.
 *
 * The removed objects are deleted, so the saved file holds no trace of them. Returns how
 * many probe links were removed.
 */
export function stripProbes(doc: PDFDocument): number {
  const { context } = doc;
  const removed = new Set<PDFRef>();
  const structParents = new Set<number>();
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let k = annots.size() - 1; k >= 0; k--) {
      const ref = annots.get(k);
      if (!(ref instanceof PDFRef) || !isProbe(context.lookupMaybe(ref, PDFDict))) continue;
      const key = context.lookupMaybe(ref, PDFDict)?.get(PDFName.of('StructParent'));
      if (key instanceof PDFNumber) structParents.add(key.asNumber());
      annots.remove(k);
      removed.add(ref);
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
  const links = removed.size;
  if (links === 0) return 0;

  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests) {
    for (const key of dests.keys()) if (PROBE.test(key.decodeText())) dests.delete(key);
    if (dests.keys().length === 0) doc.catalog.delete(PDFName.of('Dests'));
  }

  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (root) {
    removeProbeElements(doc, root, removed);
    const tree = root.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
    if (tree) pruneNumberTree(doc, tree, structParents);
  }
  for (const ref of removed) context.delete(ref);
  return links;
}

function isProbe(annot: PDFDict | undefined): boolean {
  const dest = annot?.get(PDFName.of('Dest'));
  return dest instanceof PDFName && PROBE.test(dest.decodeText());
}

/** An OBJR kid that points at a removed annotation. */
function isRemovedObjr(doc: PDFDocument, kid: PDFObject | undefined, removed: Set<PDFRef>): boolean {
  const dict = kid instanceof PDFRef ? doc.context.lookupMaybe(kid, PDFDict) : kid instanceof PDFDict ? kid : undefined;
  if (!dict || dict.get(PDFName.of('Type')) !== PDFName.of('OBJR')) return false;
  const obj = dict.get(PDFName.of('Obj'));
  return obj instanceof PDFRef && removed.has(obj);
}

/**
 * Walks the tag tree without recursion (a long report has deep trees) and drops every
 * structure element left with no kids once its removed annotations' OBJRs are gone.
 */
function removeProbeElements(doc: PDFDocument, root: PDFDict, removed: Set<PDFRef>): void {
  const stack: PDFDict[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const kids = element.get(PDFName.of('K'));
    if (!(kids instanceof PDFArray)) {
      const child = kids instanceof PDFRef ? doc.context.lookupMaybe(kids, PDFDict) : undefined;
      if (child && child.get(PDFName.of('Type')) !== PDFName.of('OBJR')) stack.push(child);
      continue;
    }
    for (let k = kids.size() - 1; k >= 0; k--) {
      const kid = kids.get(k);
      if (isRemovedObjr(doc, kid, removed)) {
        kids.remove(k);
        continue;
      }
      if (!(kid instanceof PDFRef)) continue;
      const child = doc.context.lookupMaybe(kid, PDFDict);
      if (!child || child.get(PDFName.of('Type')) === PDFName.of('OBJR')) continue;
      if (isProbeElement(doc, child, removed)) {
        kids.remove(k);
        removed.add(kid);
      } else {
        stack.push(child);
      }
    }
  }
}

/** A structure element whose only kids are OBJRs of removed annotations. */
function isProbeElement(doc: PDFDocument, element: PDFDict, removed: Set<PDFRef>): boolean {
  const kids = element.get(PDFName.of('K'));
  if (kids instanceof PDFArray) return kids.size() > 0 && kids.asArray().every((kid) => isRemovedObjr(doc, kid, removed));
  return isRemovedObjr(doc, kids, removed);
}

/** Removes the given keys from a number tree (/Nums, or /Kids of number trees). */
function pruneNumberTree(doc: PDFDocument, tree: PDFDict, keys: Set<number>): void {
  const stack: PDFDict[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    if (nums) {
      for (let k = nums.size() - 2; k >= 0; k -= 2) {
        const key = nums.get(k);
        if (!(key instanceof PDFNumber) || !keys.has(key.asNumber())) continue;
        nums.remove(k + 1);
        nums.remove(k);
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids) for (let k = 0; k < kids.size(); k++) stack.push(kids.lookup(k, PDFDict));
  }
}
