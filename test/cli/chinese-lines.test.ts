import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ZH = { REPORT_LANG: 'zh' };
const NO_BROWSER = { PATH: '/nonexistent', REPORT_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '', PUPPETEER_CACHE_DIR: '/nonexistent' };

function copyExample(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-zh-')), name);
  cpSync(join(ROOT, 'data', name), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
  return dir;
}

describe('every line the CLI prints, in Chinese', () => {
  it('report build: what it wrote and how long it took', async () => {
    const dir = copyExample('wujin-2020');
    const result = await runCli(['build', '.', '--format', 'html,json'], { cwd: dir, env: ZH });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^未发现问题\n已生成 dist\/wujin-2020\.html、dist\/wujin-2020\.metrics\.json，用时 \d+\.\d\d 秒\n$/);
  });

  it('report build without a browser: how to install one, apt-get line included (exit 2)', async () => {
    const result = await runCli(['build', 'data/wujin-2020'], { env: { ...ZH, ...NO_BROWSER } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'report: 未找到生成 PDF 所需的 Chromium 浏览器。请安装以下任一种：',
        '  Debian/Ubuntu：  sudo apt-get install chromium-headless-shell   （或 chromium）',
        '  Windows/macOS：  安装谷歌 Chrome 或微软 Edge 浏览器（在其默认安装位置即可找到）',
        '  能连互联网时：   npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer',
        '或用 --browser <路径> 或环境变量 REPORT_BROWSER=<路径> 指定已安装的浏览器；',
        '或加 --format html 只生成 HTML 页面',
        '',
      ].join('\n'),
    );
  });

  it('report build with a browser that does not start (exit 2)', async () => {
    const result = await runCli(['build', 'data/wujin-2020', '--browser', '/bin/false', '--out', mkdtempSync(join(tmpdir(), 'report-zh-out-'))], { env: ZH });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^report: 浏览器“\/bin\/false”无法启动（.+；可运行 report doctor 检查）$/m);
  });

  it('report init: what it created and how many figures are left to fill in', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'report-zh-init-'));
    const result = await runCli(['init', '--from', join(ROOT, 'data/wujin-2020'), 'wujin-2021'], { cwd: parent, env: ZH });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^已以 .*wujin-2020 为底稿新建 wujin-2021：共 20 个文件，89 项指标数值待填写（运行 report check wujin-2021 可逐项列出）\n$/);
  });

  it('report diff: the summary and the lists', async () => {
    const result = await runCli(['diff', 'data/wujin-2020', 'data/wujin-2021'], { env: ZH });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^data\/wujin-2020 → data\/wujin-2021: 有变化 \d+ 项，新增 \d+ 项，删除 \d+ 项，未填报 \d+ 项，未变 \d+ 项\n/);
    expect(result.stdout).toMatch(/^有变化$/m);
  });

  it('report doctor: the browser, its version, the faces per role, the warnings and the Type 3 risk', async () => {
    const result = await runCli(['doctor'], { env: ZH });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^浏览器：\/\S+（(在 PATH 或其默认安装位置中找到|由 --browser 指定|由环境变量 REPORT_BROWSER 或 PUPPETEER_EXECUTABLE_PATH 指定|puppeteer 缓存中的浏览器)）$/m);
    expect(result.stdout).toMatch(/^版本：.*Chrom/m);
    expect(result.stdout).toMatch(/^字体（内置字体列表）：$/m);
    for (const role of ['正文（body，仿宋）', '标题（title，小标宋）', '一级标题（heading1，黑体）', '二级标题（heading2，楷体）', '页码（page-number，宋体）']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${role}：.+ — `, 'm'));
    }
    // this machine has no office fonts: the same fallbacks a build reports
    expect(result.stdout).toContain('  一级标题（heading1，黑体）：WenQuanYi Micro Hei — 替代字体');
    expect(result.stdout).toMatch(/^警告：$/m);
    expect(result.stdout).toContain('  正文应使用仿宋，实际使用了替代字体“AR PL SungtiL GB”（请安装 仿宋_GB2312 或 FangSong，或在 fonts.body 中指定本机已有的字体） font-fallback');
    expect(result.stdout).toMatch(/^Type 3 风险：/m);
    expect(result.stdout).not.toMatch(/browser:|version:|fonts \(|warnings:|Type 3 risk/);
  });
});
