import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ChartSpec } from '../charts/render-chart.js';
import { svgToHast } from '../charts/svg-to-hast.js';
import { msg, type Message } from '../i18n/message.js';
import type { Selection } from '../metrics/select.js';
import { showMetric, type Shown } from './show-metric.js';

export interface ChartSettings {
  type: 'bar' | 'line';
  caption: string;
  format?: string;
}

/** A problem drawing the chart: a figure that cannot be shown, or units that differ (each a catalogue message). */
export interface ChartProblem {
  message: Message;
}

export type ChartResult = { ok: true; figure: Element } | { ok: false; problems: ChartProblem[] };

const KIND = { bar: '柱状图', line: '折线图' } as const;

/** Draws a chart's SVG (charts/render-chart.ts, ECharts): only a build that writes the page needs one. */
export type ChartDrawer = (spec: ChartSpec) => string;

/**
 * A metric selection drawn as a chart, as a `<figure>`: the inline SVG (role="img", its
 * `aria-label` the text alternative: every category with its figure and unit) and the
 * caption below it as `<figcaption>`. A list is one series along its rows; a grid has
 * its rows along the axis and one series per column. Every figure must share one unit,
 * because one axis measures them all. Without `draw` (report check) the chart is checked
 * the same way but not drawn: the figure holds an empty SVG.
 */
export function buildMetricChart(selection: Selection, settings: ChartSettings, draw?: ChartDrawer): ChartResult {
  const categories = selection.kind === 'list' ? selection.items.map((item) => item.metric.label ?? item.key) : selection.rows.map((row) => row.key);
  const columns = selection.kind === 'list' ? [selection.items] : selection.columns.map((_, c) => selection.cells.map((row) => row[c]!));
  const names = selection.kind === 'list' ? [settings.caption] : selection.columns;
  const shown = columns.map((column) => column.map((item) => showMetric(item, settings.format)));
  const failed = shown.flat().flatMap((s) => (s.ok ? [] : [{ message: s.message }]));
  if (failed.length > 0) return { ok: false, problems: failed };
  const cells = shown as Array<Array<Shown & { ok: true }>>;

  const units = [...new Set(cells.flat().map((cell) => cell.unit || (cell.percent ? '%' : '')))];
  if (units.length > 1) {
    return { ok: false, problems: [{ message: msg('chart-units', { units }) }] };
  }
  const unit = units[0] ?? '';
  const percent = unit === '%';
  const spec: ChartSpec = {
    type: settings.type,
    categories,
    series: cells.map((column, c) => ({ name: names[c]!, values: column.map((cell) => cell.figure), labels: column.map((cell) => cell.text) })),
    unit: percent ? '' : unit,
    percent,
  };
  const svg = draw ? svgToHast(draw(spec)) : h('svg');
  svg.properties = { ...svg.properties, role: 'img', ariaLabel: describe(settings, categories, names, cells, percent ? '' : unit) };
  return { ok: true, figure: h('figure', { className: ['metric-chart'] }, [svg, h('figcaption', settings.caption)]) };
}

/** 柱状图：行政复议案件办理结果。维持驳回 44件，终止处理 6件。 — what the chart shows, in words. */
function describe(settings: ChartSettings, categories: string[], names: string[], cells: Array<Array<Shown & { ok: true }>>, unit: string): string {
  const series = cells.map((column, c) => {
    const points = column.map((cell, i) => `${categories[i]} ${cell.text}${unit}`).join('，');
    return cells.length > 1 ? `${names[c]}：${points}` : points;
  });
  return `${KIND[settings.type]}：${settings.caption}。${series.join('；')}。`;
}
