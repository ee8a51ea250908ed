import type { Element, ElementContent } from 'hast';
import { Tab, TextRun } from 'docx';
import { font, STYLE_IDS } from './styles.js';

/** How a stretch of text is set: what the HTML elements around it asked for. */
export interface RunLook {
  /** `**粗体**`: the 着重 character style (黑体 face, as the PDF prints it). */
  strong?: boolean;
  italics?: boolean;
  strike?: boolean;
  superScript?: boolean;
  subScript?: boolean;
  /** A face of its own (a run-in heading's level face). */
  face?: string;
  bold?: boolean;
}

interface Piece {
  text: string;
  look: RunLook;
  /** A line break (`<br>`) before this piece's text. */
  lineBreak?: boolean;
  /** A tab (after a list item's number). */
  tab?: boolean;
}

/**
 * The runs of a block's inline content, text as the browser lays it out: white space
 * collapsed to one space and trimmed at the block's ends (CSS `white-space: normal`), so the
 * words are the PDF's.
 */
export function inlineRuns(nodes: readonly ElementContent[], look: RunLook = {}): TextRun[] {
  return piecesToRuns(trimPieces(collapse(inlinePieces(nodes, look))));
}

/** The pieces of several inline stretches of one paragraph (a run-in heading and its text). */
export function runsOfPieces(parts: ReadonlyArray<{ nodes: readonly ElementContent[]; look: RunLook }>): TextRun[] {
  return piecesToRuns(trimPieces(collapse(parts.flatMap((part) => inlinePieces(part.nodes, part.look)))));
}

/** The text of an element as the reader sees it (white space collapsed, trimmed). */
export function plainText(nodes: readonly ElementContent[]): string {
  return trimPieces(collapse(inlinePieces(nodes, {}))).map((p) => (p.lineBreak ? '\n' : '') + p.text).join('');
}

function inlinePieces(nodes: readonly ElementContent[], look: RunLook): Piece[] {
  const pieces: Piece[] = [];
  for (const node of nodes) {
    if (node.type === 'text') pieces.push({ text: node.value, look });
    else if (node.type === 'element') pieces.push(...elementPieces(node, look));
  }
  return pieces;
}

function elementPieces(element: Element, look: RunLook): Piece[] {
  switch (element.tagName) {
    case 'br':
      return [{ text: '', look, lineBreak: true }];
    case 'tab':
      // not HTML: the list writer's marker for a tab after an item's number
      return [{ text: '', look, tab: true }];
    case 'strong':
    case 'b':
      return inlinePieces(element.children, { ...look, strong: true });
    case 'em':
    case 'i':
      return inlinePieces(element.children, { ...look, italics: true });
    case 'del':
    case 's':
      return inlinePieces(element.children, { ...look, strike: true });
    case 'sup':
      return inlinePieces(element.children, { ...look, superScript: true });
    case 'sub':
      return inlinePieces(element.children, { ...look, subScript: true });
    case 'svg':
    case 'input':
      return [];
    default:
      // a, code, span, abbr …: their text, in the surrounding look (the print page shows links as text)
      return inlinePieces(element.children, look);
  }
}

/** Runs of white space become one space, also across pieces (as CSS collapses them). */
function collapse(pieces: Piece[]): Piece[] {
  let afterSpace = true;
  return pieces.map((piece) => {
    if (piece.lineBreak || piece.tab) afterSpace = true;
    let text = piece.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text.length > 0) afterSpace = text.endsWith(' ');
    return { ...piece, text };
  });
}

/** No space at the block's end, nor before a line break. */
function trimPieces(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  for (let i = out.length - 1; i >= 0; i--) {
    const next = out[i + 1];
    if (next === undefined || next.lineBreak) {
      // trailing spaces of this stretch: trim back over empty pieces
      for (let j = i; j >= 0; j--) {
        out[j]!.text = out[j]!.text.replace(/ +$/, '');
        if (out[j]!.text.length > 0 || out[j]!.lineBreak || out[j]!.tab) break;
      }
    }
  }
  return out.filter((p) => p.text.length > 0 || p.lineBreak || p.tab);
}

function piecesToRuns(pieces: Piece[]): TextRun[] {
  return pieces.map(
    (piece) =>
      new TextRun({
        ...(piece.tab ? { children: [new Tab()] } : { text: piece.text }),
        ...(piece.lineBreak ? { break: 1 } : {}),
        ...(piece.look.strong ? { style: STYLE_IDS.strong } : {}),
        ...(piece.look.face ? { font: font(piece.look.face) } : {}),
        ...(piece.look.bold ? { bold: true } : {}),
        ...(piece.look.italics ? { italics: true } : {}),
        ...(piece.look.strike ? { strike: true } : {}),
        ...(piece.look.superScript ? { superScript: true } : {}),
        ...(piece.look.subScript ? { subScript: true } : {}),
      }),
  );
}
