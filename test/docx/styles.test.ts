import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { CHAR_PITCH, LINE_PITCH } from '../../src/docx/page-setup.js';
import { documentStyles, STYLE_IDS } from '../../src/docx/styles.js';
import { manifestText, projectOf } from '../helpers/project.js';

async function stylesOf(...extra: string[]) {
  const sink = new Sink();
  const { manifest } = await analyze(projectOf({ 'report.yaml': manifestText(...extra), 'sections/01.md': '正文。\n' }), sink);
  expect(sink.failed(), JSON.stringify(sink.diagnostics)).toBe(false);
  const styles = documentStyles(manifest!, { linePitch: LINE_PITCH, charPitch: CHAR_PITCH });
  const byId = (id: string) => styles.paragraphStyles!.find((s) => s.id === id)!;
  return { styles, byId };
}

describe('the DOCX styles', () => {
  it('name each role in Chinese and set it in the first face of the PDF’s stack', async () => {
    const { styles, byId } = await stylesOf();
    expect(styles.paragraphStyles!.map((s) => s.name)).toEqual(expect.arrayContaining(['标题', '一级标题', '二级标题', '三级标题', '正文', '主送', '署名', '成文日期', '附注', '版记']));
    expect(byId(STYLE_IDS.body).run!.font).toMatchObject({ eastAsia: '仿宋_GB2312', ascii: '仿宋_GB2312' });
    expect(byId(STYLE_IDS.heading1).run!.font).toMatchObject({ eastAsia: '黑体' });
    expect(byId(STYLE_IDS.heading2).run!.font).toMatchObject({ eastAsia: '楷体_GB2312' });
    expect(byId(STYLE_IDS.title).run).toMatchObject({ size: 44, font: { eastAsia: '方正小标宋简体' } });
    // the body: 3号, 2-字 first-line indent, the grid's line pitch exactly
    expect(byId(STYLE_IDS.body).run!.size).toBe(32);
    expect(byId(STYLE_IDS.body).paragraph).toMatchObject({ indent: { firstLine: Math.round(2 * CHAR_PITCH) }, spacing: { line: LINE_PITCH, lineRule: 'exact' } });
    expect(byId(STYLE_IDS.heading3).run!.bold).toBeUndefined();
  });

  it('take the report’s own faces first (report.yaml fonts:) and its readings of the standard', async () => {
    const { byId } = await stylesOf('fonts:', '  body: [方正仿宋_GBK]', '  heading1: [方正黑体_GBK]', 'layout:', '  heading3-bold: true');
    expect(byId(STYLE_IDS.body).run!.font).toMatchObject({ eastAsia: '方正仿宋_GBK' });
    expect(byId(STYLE_IDS.heading1).run!.font).toMatchObject({ eastAsia: '方正黑体_GBK' });
    expect(byId(STYLE_IDS.heading3).run).toMatchObject({ bold: true, font: { eastAsia: '方正仿宋_GBK' } });
  });
});
