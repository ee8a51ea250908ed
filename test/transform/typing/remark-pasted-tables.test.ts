import { describe, expect, it } from 'vitest';
import { gfmTable } from '../../../src/transform/typing/remark-pasted-tables.js';
import { pastedRowCells } from '../../../src/transform/typing/pasted-rows.js';
import { render } from '../../helpers/typing-messages.js';

describe('remarkPastedTables', () => {
  it('reports lines of tab-separated cells at the first one, with the GFM table to write', async () => {
    const { texts } = await render('全区调解情况如下。\n\n渠道\t调解纠纷\n诉调对接\t1200\n派出所|调解\t800\n其他\t12\n医患\t3\n');
    expect(texts).toEqual([[
      '3:1 pasted-table 5 lines of tab-separated cells, as pasted from Excel, print as one run-on paragraph (write a GFM table: "| 渠道 | 调解纠纷 |", "|---|---|", "| 诉调对接 | 1200 |", "| 派出所\\|调解 | 800 |" … (2 more rows); for a caption, put :::table{caption="…"} on the line before it and ::: on the line after)',
      '此处 5 行以制表符分隔的单元格（从 Excel 粘贴）会排成一个连续段落（请改写为 GFM 表格：“| 渠道 | 调解纠纷 |”、“|---|---|”、“| 诉调对接 | 1200 |”、“| 派出所\\|调解 | 800 |”……（另有 2 行）；如需表题，在表格前一行写 :::table{caption="…"}，后一行写 :::）',
    ]]);
  });

  it('finds a pasted block that follows a line of text, and one inside :::table', async () => {
    expect((await render('如下表：\n项目\t数量\n收到\t48\n')).places).toEqual(['2:1 pasted-table']);
    expect((await render(':::table{caption="收案"}\n项目\t数量\n收到\t48\n:::\n')).places).toEqual(['2:1 pasted-table']);
  });

  it('keeps an empty corner cell (a row starting with a tab), which is no indented paragraph', async () => {
    expect((await render('\t2019\t2020\n收到\t48\t52\n')).texts[0]![0]).toContain('"|  | 2019 | 2020 |", "|---|---|---|", "| 收到 | 48 | 52 |"');
    expect((await render('\t2019\t2020\n收到\t48\t52\n')).places).toEqual(['1:1 pasted-table']);
  });

  it('leaves a single line with a tab, a GFM table and text without tabs alone', async () => {
    expect((await render('项目\t数量\n\n全区共收到。\n')).places).toEqual([]);
    expect((await render('| 项目 | 数量 |\n|---|---|\n| 收到 | 48 |\n')).places).toEqual([]);
  });

  it('reads a row as Excel writes it', () => {
    expect(pastedRowCells('收到\t48\t52\t\t')).toEqual(['收到', '48', '52']);
    expect(pastedRowCells('\t2019')).toBeUndefined();
    expect(pastedRowCells('\t2019\t2020')).toEqual(['', '2019', '2020']);
    expect(pastedRowCells('全区共收到')).toBeUndefined();
  });

  it('builds a GFM table with the widest row\'s columns', () => {
    expect(gfmTable([['项目', '数量'], ['收到', '48', '备注']])).toEqual(['| 项目 | 数量 |  |', '|---|---|---|', '| 收到 | 48 | 备注 |']);
  });
});
