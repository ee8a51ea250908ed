import { spawn } from 'node:child_process';

/**
 * Opens a URL in the system browser: `xdg-open` on Linux desktops (信创 ones included),
 * `open` on macOS, `start` on Windows. Resolves when the opener accepted it; rejects
 * (the caller warns, the preview goes on) when there is none or it fails.
 */
export function openUrl(url: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const [command, args] = platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', windowsHide: true, windowsVerbatimArguments: platform === 'win32' });
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(`${command} not found`, { cause: error }) : error));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}`))));
  });
}
