import { Browser, Cache } from '@puppeteer/browsers';

/** Best first: the headless shell starts fastest, then Chrome for Testing, then Chromium. */
const PREFERENCE: readonly string[] = [Browser.CHROMEHEADLESSSHELL, Browser.CHROME, Browser.CHROMIUM];

/**
 * The browsers in puppeteer's cache (what `npx @puppeteer/browsers install
 * chrome-headless-shell` or a puppeteer install put there), best kind first, newest build
 * first within a kind. Reading the cache's directories only; nothing is downloaded.
 */
export function cachedBrowsers(cacheDir: string): string[] {
  return new Cache(cacheDir)
    .getInstalledBrowsers()
    .filter((installed) => PREFERENCE.includes(installed.browser))
    .sort((a, b) => PREFERENCE.indexOf(a.browser) - PREFERENCE.indexOf(b.browser) || compareBuilds(b.buildId, a.buildId))
    .map((installed) => installed.executablePath);
}

/** `131.0.6778.85` against `131.0.6778.204`, part by part as numbers. */
function compareBuilds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
