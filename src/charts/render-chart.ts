// The prebuilt bundle (every chart type and both renderers) loads in ~0.15 s; the
// tree-shakable `echarts/core` with only bar, line and SVG takes ~0.6 s in Node.
import * as echarts from 'echarts/dist/echarts.esm.min';

/** A chart to draw, independent of the library: categories along the axis, one or more series. */
export interface ChartSpec {
  type: 'bar' | 'line';
  categories: string[];
  series: Array<{ name: string; values: number[]; labels: string[] }>;
  /** The value axis's name: the unit every figure shares (件, 万元), or empty. */
  unit: string;
  /** Values are shares: axis labels as percentages. */
  percent: boolean;
}

/** The viewBox; the stylesheets scale the chart to the column (156 mm in the PDF). */
export const CHART_SIZE = { width: 640, height: 320 };

/**
 * The 黑体 stack of the print stylesheet: TrueType faces that Chromium embeds as CID fonts
 * (CFF faces such as Noto CJK would print as Type 3), then the portal's usual sans faces.
 * No quotes (each name is a valid unquoted CSS family name): ECharts writes the family
 * into a double-quoted style attribute without escaping.
 */
export const CHART_FONT = '黑体, SimHei, 方正黑体_GBK, WenQuanYi Micro Hei, WenQuanYi Zen Hei, Microsoft YaHei, PingFang SC, sans-serif';

/** Grey levels that stay apart in a black-and-white print, the usual office printer. */
const PALETTE = ['#1f3b57', '#8da2b8', '#4f7196', '#c3ccd6', '#000000'];

const FONT_SIZE = 15;

/** Charts drawn lately, by their spec: `report preview` rebuilds on every save, and most saves leave the charts as they were. */
const drawn = new Map<string, string>();
const DRAWN_KEPT = 64;

/**
 * Draws a chart to an SVG string with ECharts' server-side renderer: no DOM, no script in
 * the result, no animation, so the same spec gives the same string in every build — and a
 * spec drawn lately is not drawn again (a fifth of a preview's rebuild of the Wujin page).
 */
export function renderChartSvg(spec: ChartSpec): string {
  const key = JSON.stringify(spec);
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = drawChartSvg(spec);
    if (drawn.size >= DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, svg);
  }
  return svg;
}

function drawChartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    const text = { fontFamily: CHART_FONT, fontSize: FONT_SIZE, color: '#000' };
    const legend = spec.series.length > 1;
    const slot = (CHART_SIZE.width - 64) / Math.max(1, spec.categories.length);
    chart.setOption({
      animation: false,
      textStyle: text,
      color: PALETTE,
      legend: { show: legend, top: 0, itemGap: 24, textStyle: text },
      grid: { left: 16, right: 24, top: legend ? 64 : 40, bottom: 8 },
      xAxis: {
        type: 'category',
        data: spec.categories.map((category) => balanceLines(category, (slot - 8) / FONT_SIZE)),
        axisLabel: { ...text, interval: 0, width: slot - 4, overflow: 'break', lineHeight: FONT_SIZE + 3 },
        axisLine: { lineStyle: { color: '#000' } },
        axisTick: { alignWithLabel: true, lineStyle: { color: '#000' } },
      },
      yAxis: {
        type: 'value',
        name: spec.unit,
        nameTextStyle: { ...text, align: 'right' },
        axisLabel: { ...text, formatter: spec.percent ? (value: number) => `${Number((value * 100).toPrecision(12))}%` : (value: number) => String(value) },
        axisLine: { show: true, lineStyle: { color: '#000' } },
        splitLine: { lineStyle: { color: '#d0d0d0' } },
      },
      series: spec.series.map((series) => ({
        type: spec.type,
        name: series.name,
        data: series.values,
        barMaxWidth: 56,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2.5 },
        label: { show: true, position: 'top', ...text, formatter: (params: { dataIndex: number }) => series.labels[params.dataIndex] ?? '' },
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Breaks a category label into lines of about equal length that fit `perLine` ideographs
 * (调解、和解等 / 终止处理 rather than a lone 理 on the second line). Runs of Latin letters
 * and digits are never split; they count as half an ideograph per character.
 */
export function balanceLines(label: string, perLine: number): string {
  const tokens = label.match(/[A-Za-z0-9.%+-]+|[^]/gu) ?? [];
  const width = (token: string) => (/^[\x00-\x7f]+$/.test(token) ? token.length / 2 : token.length);
  const total = tokens.reduce((sum, token) => sum + width(token), 0);
  const lines = Math.max(1, Math.ceil(total / Math.max(1, Math.floor(perLine))));
  if (lines === 1) return label;
  const target = total / lines;
  const out: string[] = [''];
  let used = 0;
  for (const token of tokens) {
    if (used >= target * out.length - 0.25 && out.length < lines) out.push('');
    out[out.length - 1] += token;
    used += width(token);
  }
  return out.join('\n');
}
