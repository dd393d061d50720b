/**
 * How every script and test launches Debian's Chromium: no browser is ever
 * downloaded (CHROME_PATH, else /usr/bin/chromium), and the flags keep it
 * quiet and working as root in a container: no sandbox, no GPU, no shared
 * memory, and no background traffic (updates, sync, first-run pages).
 */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
