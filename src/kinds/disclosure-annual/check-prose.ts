import type { Sink } from '../../diagnostics/diagnostic.js';
import { LineIndex } from '../../diagnostics/position.js';
import { msg } from '../../i18n/message.js';
import type { SourceFile } from '../../load/read-project.js';
import type { MetricStore } from '../../metrics/store.js';

/**
 * The phrases of a disclosure annual report that restate a table cell (applications
 * received, answered, carried over; review and litigation counts), and the cells they
 * restate. Only figures written as digits are read: a `{{…}}` reference is the cell itself.
 */
const RESTATED: ReadonlyArray<{ pattern: RegExp; ids: string[] }> = [
  { pattern: /(?:新收|收到)[^。；，\d{}]{0,14}?申请(\d+)件/g, ids: ['依申请.本年新收.总计'] },
  { pattern: /上年结转[^。；，\d{}]{0,10}?(\d+)件/g, ids: ['依申请.上年结转.总计'] },
  { pattern: /办结[^。；，\d{}]{0,10}?(\d+)件/g, ids: ['依申请.办理结果.总计.总计'] },
  { pattern: /结转下年度[^。；，\d{}]{0,6}?(\d+)件/g, ids: ['依申请.结转下年度.总计'] },
  { pattern: /予以公开(\d+)件/g, ids: ['依申请.办理结果.予以公开.总计'] },
  { pattern: /部分公开(\d+)件/g, ids: ['依申请.办理结果.部分公开.总计'] },
  { pattern: /行政复议(\d+)件/g, ids: ['复议诉讼.行政复议.总计'] },
  { pattern: /行政诉讼(\d+)件/g, ids: ['复议诉讼.未经复议直接起诉.总计', '复议诉讼.复议后起诉.总计'] },
];

/**
 * A figure the prose writes out that disagrees with the table cell it restates. A warning,
 * not an error: the phrases are recognised by wording, which a sentence about another year
 * could share; `--strict` makes it fail, and writing the figure as a `{{…}}` reference
 * makes the disagreement impossible.
 */
export function checkProse(store: MetricStore, sections: readonly SourceFile[], sink: Sink): void {
  for (const section of sections) {
    let lines: LineIndex | undefined;
    for (const { pattern, ids } of RESTATED) {
      const values = ids.map((id) => store.get(id)?.value);
      if (values.some((v) => v === undefined)) continue;
      const expected = values.reduce<number>((a, b) => a + b!, 0);
      for (const match of section.text.matchAll(pattern)) {
        const written = Number(match[1]);
        if (written === expected) continue;
        lines ??= new LineIndex(section.text);
        const offset = match.index + match[0].length - match[1]!.length - 1;
        const reference = ids.map((id) => `{{${id}}}`).join(' + ');
        sink.warn(section.path, lines.place(offset), msg('disclosure-prose-mismatch', { phrase: match[0], written, expected, reference }));
      }
    }
  }
}
