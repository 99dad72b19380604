// Debian's headless chromium through playwright-core (Playwright's own browser download fails here), and the task
// pane opened in it as Office would: the office.js CDN URL answered by the recording stub, everything else from the
// host only.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { officeStub } from './paths.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The two task pane widths the screenshots cover: Office's narrowest and a wide one. */
export const PANE_WIDTHS = [320, 500];
/** Page options of every pane; pass them to browser.newContext when a test needs a context of its own. */
export const PAGE_OPTIONS = { viewport: { width: PANE_WIDTHS[1], height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' };

export async function launchBrowser() {
  if (!existsSync(chromiumPath)) throw new Error(`No chromium at ${chromiumPath}: apt-get install -y chromium (test.sh does this).`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens /addin/taskpane.html of the host with the stub as office.js, in a new page of `target` (the browser, or a
 * context made with PAGE_OPTIONS whose own routes then see the host's requests). `query` is the stub's
 * (host=Word|Excel, gemeenten=sample). The page may reach the host only: anything else is aborted and remembered in
 * `outside`, so the suite proves the pane needs nothing but office.js from outside. Uncaught script errors go to
 * `errors`.
 */
export async function openPane(target, hostUrl, query) {
  const page = typeof target.newContext === 'function' ? await target.newPage(PAGE_OPTIONS) : await target.newPage();
  const outside = [];
  const errors = [];
  // Later routes win in Playwright: the catch-all first, then the office.js CDN.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    // fallback, not continue: a context route (the unreachable test's) still gets its turn.
    if (url.startsWith(hostUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.fallback();
    outside.push(url);
    return route.abort();
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ path: officeStub, contentType: 'application/javascript' }));
  page.on('pageerror', (error) => errors.push(error.message));
  page.setDefaultTimeout(20_000);
  await page.goto(`${hostUrl}/addin/taskpane.html?${new URLSearchParams(query)}`);
  return { page, outside, errors };
}

/** What the pane did to the document, as the stub recorded it (window.__officeCalls). */
export function officeCalls(page) {
  return page.evaluate(() => window.__officeCalls);
}
