import { describe, expect, it } from 'vitest';
import { writeFailure } from '../../src/cli/write-failure.js';
import { OutputLockedError } from '../../src/write/dir-lock.js';

describe('writeFailure', () => {
  it('says who holds the output directory, and which lock to remove if nobody does', () => {
    const error = writeFailure('write', 'dist', new OutputLockedError('dist', 'dist/.report.lock', { pid: 4242, host: 'h' }, 31));
    expect(error.text.en).toBe('failed to write to "dist" (another build, process 4242, held it for 31 s; nothing was written; if no build is running, remove "dist/.report.lock")');
    expect(error.text.zh).toBe('无法写入输出目录“dist”（另一个生成进程（进程号 4242）已占用 31 秒），未写入任何文件；请待其完成后重试，如确认没有其他生成在运行，可删除“dist/.report.lock”');
  });

  it('names a directory that cannot be created (ENOENT under /proc) in Chinese', () => {
    const cause = Object.assign(new Error("ENOENT: no such file or directory, mkdir '/proc/x'"), { code: 'ENOENT' });
    const error = writeFailure('write', '/proc/x', new Error('failed to write', { cause }));
    expect(error.text.zh).toBe('无法写入输出目录“/proc/x”（该位置不存在或不允许创建目录）');
  });
});
