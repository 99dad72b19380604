// The task pane when TeamBot cannot be reached: the API blocked from the start (as when a proxy or firewall is in
// the way), and the real host stopped while the pane is open. Both show "TeamBot is niet bereikbaar" with a retry
// button, and the retry works once the host answers again. Screenshots go to artifacts/addin/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PAGE_OPTIONS, launchBrowser, openPane } from '../lib/browser.js';
import { startHost } from '../lib/host.js';
import { screenshots } from '../lib/shots.js';

const UNREACHABLE = 'TeamBot is niet bereikbaar. Controleer of TeamBot draait en probeer het opnieuw.';

describe('the task pane without a reachable TeamBot', { timeout: 300_000 }, () => {
  let host;
  let browser;
  const panes = [];
  const overflow = [];
  const shootAt = screenshots('unreachable');

  before(async () => {
    host = await startHost('unreachable');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it('says so with a retry button when every /api/ call fails, in Word and in Excel', async () => {
    for (const office of ['Word', 'Excel']) {
      const context = await browser.newContext(PAGE_OPTIONS);
      // Block the API before the pane loads: the page and its bundle still come from the host.
      await context.route(`${host.url}/api/**`, (route) => route.abort('connectionrefused'));
      const pane = await openPane(context, host.url, { host: office });
      panes.push(pane);
      const { page } = pane;
      const bar = page.locator('.fui-MessageBar').filter({ hasText: UNREACHABLE });
      await bar.waitFor();
      await bar.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
      assert.equal(await page.getByRole('tab').count(), 0, 'no tabs without the host');
      overflow.push([office, await shootAt(page, `${office.toLowerCase()}-api-blocked`)]);

      // The API answers again: the retry brings the pane up.
      await context.unroute(`${host.url}/api/**`);
      await bar.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await page.getByRole('tab', { name: office === 'Word' ? 'Plan' : 'Kostenverdeling' }).waitFor();
      assert.equal(await bar.count(), 0, 'the message is gone');
      await page.getByText('lokale modus', { exact: true }).waitFor();
      overflow.push([office, await shootAt(page, `${office.toLowerCase()}-after-retry`)]);
      await context.close();
    }
  });

  it('says so when the host stops while the pane is open, and the retry asks again once it is back', async () => {
    const pane = await openPane(browser, host.url, { host: 'Word' });
    panes.push(pane);
    const { page } = pane;
    await page.getByRole('tab', { name: 'Vraag' }).click();
    await page.getByLabel('Je vraag over een contract').fill('Wie biedt logeeropvang in Heerlen?');

    await host.stop();
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    const bar = page.locator('.fui-MessageBar').filter({ hasText: UNREACHABLE });
    await bar.waitFor();
    await bar.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Vraag stellen' }).isDisabled(), false, 'the question can be asked again');
    overflow.push(['stopped', await shootAt(page, 'word-host-stopped')]);

    await host.start(); // same port, same data folder
    await bar.getByRole('button', { name: 'Opnieuw proberen' }).click();
    const answer = page.getByRole('region', { name: 'Antwoord van TeamBot' });
    await answer.getByText('Autismepunt Zuid', { exact: false }).first().waitFor({ timeout: 60_000 });
    assert.equal(await bar.count(), 0, 'the message is gone');
    overflow.push(['restarted', await shootAt(page, 'word-host-back')]);
  });

  it('loaded nothing from outside the host, raised no script errors, and fits both pane widths', () => {
    assert.deepEqual(panes.flatMap((p) => p.outside), []);
    assert.deepEqual(panes.flatMap((p) => p.errors), []);
    assert.deepEqual(overflow.filter(([, o]) => Object.values(o).some((px) => px > 0)), [], 'states wider than the pane');
  });
});
