/**
 * The SVG a chart may contain: elements, and for each the attributes (hast property names)
 * with the values they may take. The one list that both the chart cleaner and the
 * sanitizer read, so a chart cannot carry what the sanitizer would drop, and the
 * sanitizer lets through nothing else: no script, no event handlers, no foreignObject,
 * no href or url(), no style elements or attributes, no ids.
 */
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/i;
const NUMBERS = /^[-\d.,\se]+$/i;
const COLOR = /^(none|transparent|#[\da-f]{3,8}|rgba?\(\s*[\d.]+\s*,\s*[\d.]+\s*,\s*[\d.]+\s*(,\s*[\d.]+\s*)?\))$/i;
const TRANSFORM = /^((translate|matrix|rotate|scale)\([-\d.,\se]+\)\s*)+$/i;
const PATH = /^[MLHVCSQTAZ\d\s.,e+-]*$/i;
/** Family names and generic families: letters (CJK too), digits, spaces, commas, _ and -. */
const FONT_FAMILY = /^[\p{L}\p{N}\s,_-]+$/u;
const FONT_SIZE = /^\d+(\.\d+)?(px)?$/;

const PAINT: Array<[string, RegExp]> = [
  ['fill', COLOR],
  ['fillOpacity', NUMBER],
  ['stroke', COLOR],
  ['strokeWidth', NUMBER],
  ['strokeOpacity', NUMBER],
  ['strokeLinecap', /^(butt|round|square)$/],
  ['strokeLinejoin', /^(miter|round|bevel)$/],
  ['strokeMiterlimit', NUMBER],
  ['strokeDasharray', /^(none|[\d.\s,]+)$/],
  ['paintOrder', /^(normal|fill|stroke|markers|\s)+$/],
  ['opacity', NUMBER],
  ['transform', TRANSFORM],
];

const TEXT: Array<[string, RegExp]> = [
  ['x', NUMBER],
  ['y', NUMBER],
  ['dx', NUMBER],
  ['dy', NUMBER],
  ['textAnchor', /^(start|middle|end)$/],
  ['dominantBaseline', /^(auto|central|middle|alphabetic|hanging|ideographic)$/],
  ['fontSize', FONT_SIZE],
  ['fontFamily', FONT_FAMILY],
];

export const SVG_ALLOW_LIST: Readonly<Record<string, ReadonlyArray<readonly [string, RegExp]>>> = {
  svg: [['viewBox', NUMBERS], ['role', /^img$/], ['ariaLabel', /^[^]*$/], ['fontFamily', FONT_FAMILY], ['fontSize', FONT_SIZE]],
  g: PAINT,
  path: [['d', PATH], ...PAINT],
  rect: [['x', NUMBER], ['y', NUMBER], ['width', NUMBER], ['height', NUMBER], ['rx', NUMBER], ['ry', NUMBER], ...PAINT],
  circle: [['cx', NUMBER], ['cy', NUMBER], ['r', NUMBER], ...PAINT],
  ellipse: [['cx', NUMBER], ['cy', NUMBER], ['rx', NUMBER], ['ry', NUMBER], ...PAINT],
  line: [['x1', NUMBER], ['y1', NUMBER], ['x2', NUMBER], ['y2', NUMBER], ...PAINT],
  polyline: [['points', NUMBERS], ...PAINT],
  polygon: [['points', NUMBERS], ...PAINT],
  text: [...TEXT, ...PAINT],
  tspan: [...TEXT, ...PAINT],
};
