// How the cards lay out where people read them: at Teams' width and a phone's, with Teams' host config and with
// Web Chat's (which stacks an ActionSet's actions). Buttons that belong together sit side by side, and no word is
// broken in the middle, also in each Action.ShowCard once opened. Screenshots of the narrow and Web Chat renderings go
// beside the others. A Teams chart lays out as its fallback here, as on every host that cannot draw it.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brokenWords, buttonBoxes, launchBrowser, openRendererPage, pressButton, renderCard } from '../lib/browser.js';
import { expectedActionTitles, showCards } from '../lib/expectations.js';
import { cardFiles, screenshotsDir } from '../lib/paths.js';
import { teamsHostConfig, webChatHostConfig } from '../lib/teams-host-config.js';

const cards = cardFiles();
const NARROW = 320;
const layouts = [
  { host: 'teams', hostConfig: teamsHostConfig, width: 520 },
  { host: 'teams', hostConfig: teamsHostConfig, width: NARROW },
  { host: 'webchat', hostConfig: webChatHostConfig, width: 520 },
  { host: 'webchat', hostConfig: webChatHostConfig, width: NARROW },
];
const sideBySide = [['Nuttig', 'Niet nuttig']];

describe('card layout in headless Chromium', () => {
  let browser;
  let page;

  before(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    browser = await launchBrowser();
    page = await openRendererPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('notices a word broken in the middle (the check is not a no-op)', async () => {
    const squeezed = { type: 'Column', width: '40px', items: [{ type: 'TextBlock', text: 'Standaardantwoord', wrap: true }] };
    const rest = { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: 'ticket #12', wrap: true }] };
    await renderCard(page, { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'ColumnSet', columns: [squeezed, rest] }] }, { width: NARROW });
    assert.deepEqual(await brokenWords(page), ['Standaardantwoord']);
  });

  for (const { name, file } of cards) {
    const card = JSON.parse(readFileSync(file, 'utf8'));
    const titles = expectedActionTitles(card);

    for (const { host, hostConfig, width } of layouts) {
      it(`${name} (${host}, ${width}px) keeps its buttons side by side and its words whole`, async () => {
        const screenshot = (suffix = '') => (width === NARROW || host === 'webchat'
          ? page.locator('#frame').screenshot({ path: path.join(screenshotsDir, `${name}-${host}-${width}${suffix}.png`) })
          : undefined);
        await renderCard(page, card, { hostConfig, width });
        await screenshot();
        assert.deepEqual(await brokenWords(page), [], 'words broken across lines');
        for (const pair of sideBySide.filter((p) => p.every((t) => titles.includes(t)))) {
          const boxes = await buttonBoxes(page, pair);
          const [first, second] = pair.map((t) => boxes[t]);
          assert.ok(first && second, `buttons not visible: ${pair.join(', ')}`);
          assert.ok(Math.abs(first.top - second.top) < 1, `${pair.join(' and ')} are on different rows`);
          assert.ok(first.right <= second.left, `${pair[0]} is not left of ${pair[1]}`);
        }

        for (const [i, { path: opening }] of showCards(card).entries()) {
          await renderCard(page, card, { hostConfig, width });
          for (const title of opening) assert.ok(await pressButton(page, title), `no button ${title} to open its card`);
          await screenshot(`-open-${i + 1}`);
          assert.deepEqual(await brokenWords(page), [], `words broken across lines after pressing ${opening.join(' > ')}`);
        }
      });
    }
  }
});
