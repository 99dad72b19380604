// Every card renders with the official adaptivecards renderer in headless Chromium without a complaint,
// shows all its texts and buttons, and leaves a screenshot in artifacts/cards/screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openRendererPage, renderCard } from '../lib/browser.js';
import { expectedActionTitles, expectedTexts, normalize } from '../lib/expectations.js';
import { cardFiles, cardsDir, screenshotsDir } from '../lib/paths.js';

const cards = cardFiles();

// What the bot's users rely on, beyond "every text is visible": the buttons the bot is wired to.
const mustShow = {
  'answer-contract-execute': ['Bronnen', 'Nuttig', 'Niet nuttig', 'Vraag het inkoopteam'],
  'answer-contract-submit': ['Bronnen', 'Nuttig', 'Niet nuttig', 'Vraag het inkoopteam'],
  'answer-casuistiek-execute': ['Casuïstiek: hierover beslist de toegang zelf', 'Dit is toch een contractvraag'],
  'answer-casuistiek-submit': ['Casuïstiek: hierover beslist de toegang zelf', 'Dit is toch een contractvraag'],
  'answer-after-escalation-execute': ['Doorgezet naar het inkoopteam (ticket #12)'],
  'ticket-open-execute': ['Ticket #12', 'Opslaan als standaardantwoord', 'Beantwoorden'],
  'ticket-overdue': ['Te laat'],
  'ticket-answered': ['Beantwoord door'],
  'welcome-execute': ['Wat ik doe', 'Wat ik niet doe', 'Probeer bijvoorbeeld:'],
  'expert-answer': ['Antwoord van het inkoopteam op je vraag'],
  // A section number, not a numbered list that Teams would show as "1.".
  'answer-document': ['3. Declareren > 3.2 Declaratietermijn'],
};

describe('adaptivecards renderer in headless Chromium', () => {
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

  it('has cards to render (the .NET card tests write them first)', () => {
    assert.ok(cards.length > 0, `no card JSON in ${cardsDir}: run the dotnet tests first`);
  });

  it('notices what a reader would miss (the checks are not a no-op)', async () => {
    const actions = Array.from({ length: 8 }, (_, i) => ({ type: 'Action.Submit', title: `Knop ${i + 1}` }));
    const result = await renderCard(page, {
      type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Chart.Unknown' }, { type: 'TextBlock', text: 'Zichtbaar', wrap: true }], actions,
    });
    assert.notDeepEqual(result.parseEvents, []);
    assert.ok(normalize(result.text).includes('Zichtbaar'));
    assert.ok(!result.buttons.includes('Knop 8'), 'actions past maxActions go to an overflow menu, not the bar');
  });

  for (const { name, file } of cards) {
    it(`${name} renders cleanly with every text and button visible`, async () => {
      const card = JSON.parse(readFileSync(file, 'utf8'));

      const result = await renderCard(page, card);
      await page.locator('#frame').screenshot({ path: path.join(screenshotsDir, `${name}.png`) });

      assert.ok(result.rendered, 'the renderer produced no element');
      assert.deepEqual(result.parseEvents, [], 'parse events');
      assert.deepEqual(result.validationEvents, [], 'validation events');
      const shown = normalize(result.text);
      for (const text of [...expectedTexts(card), ...(mustShow[name] ?? [])])
        assert.ok(shown.includes(normalize(text)), `not visible: ${JSON.stringify(text.slice(0, 120))}`);
      const buttons = result.buttons.map(normalize);
      for (const title of expectedActionTitles(card))
        assert.ok(buttons.includes(normalize(title)), `button not visible: ${title} (visible: ${buttons.join(' | ')})`);
    });
  }
});
