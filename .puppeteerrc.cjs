// Puppeteer's postinstall downloads its own Chrome. On machines without access to that
// download (offices behind a firewall, CI here) it fails and takes `npm ci` down with it.
// When a system Chromium is already installed, `report` uses that one, so skip the
// download; a machine with no system browser still gets puppeteer's normal download.
const { existsSync } = require('node:fs');

const systemBrowsers = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const hasSystemBrowser = systemBrowsers.some((path) => existsSync(path));

module.exports = {
  skipDownload: hasSystemBrowser || process.env.PUPPETEER_SKIP_DOWNLOAD === 'true',
};
