// Every card renders with the official adaptivecards renderer in headless Chromium without a complaint,
// shows all its texts and buttons (those of its Action.ShowCards once opened), and leaves a screenshot in
// artifacts/cards/screenshots. The renderer cannot draw Teams charts: a chart's fallback must show instead, and the
// only complaint allowed is the renderer's note on each such chart (lib/charts.js).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openRendererPage, pressButton, renderCard, visibleContent } from '../lib/browser.js';
import { unexcusedParseEvents, unknownElementMessage } from '../lib/charts.js';
import { chartTitles, expectedActionTitles, expectedTexts, normalize, showCards } from '../lib/expectations.js';
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
// Per kind of card, by the start of its name.
const mustShowByPrefix = {
  'digest-': ['Weekoverzicht'],
};
const mustShowFor = (name) => [
  ...(mustShow[name] ?? []),
  ...Object.entries(mustShowByPrefix).filter(([prefix]) => name.startsWith(prefix)).flatMap(([, texts]) => texts),
];

/** What a reader misses of these texts and buttons on what the page shows now. */
function missing({ text, buttons }, texts, titles) {
  const shown = normalize(text);
  const pressable = buttons.map(normalize);
  return [
    ...texts.filter((t) => !shown.includes(normalize(t))).map((t) => `not visible: ${JSON.stringify(t.slice(0, 120))}`),
    ...titles.filter((t) => !pressable.includes(normalize(t))).map((t) => `button not visible: ${t} (visible: ${pressable.join(' | ')})`),
  ];
}

/**
 * Everything wrong with the card as the renderer shows it, as sentences (none for a good card): parse and
 * validation events (except the note on a chart that has a fallback), texts and buttons a reader does not see, the
 * chart titles included (the fallback must say which figures it gives), and the same for each Action.ShowCard once
 * its button is pressed (with a screenshot of it opened, when given a file name). Leaves the card rendered unopened
 * in #frame.
 */
async function renderProblems(page, card, { mustShowTexts = [], screenshot } = {}) {
  const result = await renderCard(page, card);
  const problems = [
    ...(result.rendered ? [] : ['the renderer produced no element']),
    ...unexcusedParseEvents(card, result.parseEvents).map((e) => `parse event ${e.name}: ${e.message}`),
    ...result.validationEvents.map((e) => `validation event ${e.name}: ${e.message}`),
    ...missing(result, [...expectedTexts(card), ...chartTitles(card), ...mustShowTexts], expectedActionTitles(card)),
  ];
  for (const [i, { path: titles, card: opened }] of showCards(card).entries()) {
    await renderCard(page, card);
    const pressed = [];
    for (const title of titles) {
      if (!(await pressButton(page, title))) break;
      pressed.push(title);
    }
    const opening = `after pressing ${titles.join(' > ')}: `;
    if (screenshot) await page.locator('#frame').screenshot({ path: screenshot.replace(/\.png$/, `-open-${i + 1}.png`) });
    if (pressed.length < titles.length) problems.push(`${opening}no button ${titles[pressed.length]}`);
    else problems.push(...missing(await visibleContent(page), [...expectedTexts(opened), ...chartTitles(opened)], expectedActionTitles(opened)).map((p) => opening + p));
  }
  if (showCards(card).length > 0) await renderCard(page, card);
  return problems;
}

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

  describe('Teams charts, which the renderer cannot draw', () => {
    const fallback = (text) => ({ type: 'TextBlock', text, wrap: true });
    const donut = { type: 'Chart.Donut', title: 'Soort vragen', data: [{ legend: 'Contract', value: 30 }, { legend: 'Overig', value: 4 }] };
    const card = (...body) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Weekoverzicht', wrap: true }, ...body] });

    it('says the same for a chart with a fallback as for one without (so the card must excuse each note)', async () => {
      const withFallback = await renderCard(page, card({ ...donut, fallback: fallback('Soort vragen: contract 30 · overig 4') }));
      const without = await renderCard(page, card(donut));
      const note = [{ phase: 0, event: withFallback.parseEvents[0]?.event, name: 'UnknownElementType', message: unknownElementMessage('Chart.Donut') }];
      assert.deepEqual(withFallback.parseEvents, note);
      assert.deepEqual(without.parseEvents, note);
      assert.ok(normalize(withFallback.text).includes('Soort vragen: contract 30 · overig 4'), 'the fallback shows');
      assert.equal(normalize(without.text), 'Weekoverzicht', 'a chart without fallback is dropped');
    });

    it('passes a chart whose fallback shows, in the body and in a Container, a chart falling back to a chart, and one in a ShowCard', async () => {
      const nested = { type: 'Chart.Pie', title: 'Per rol', data: [{ legend: 'Toegang', value: 3 }], fallback: { type: 'Chart.Line', data: [{ values: [{ x: 1, y: 3 }] }], fallback: fallback('Per rol: toegang 3') } };
      const showCard = { type: 'ActionSet', actions: [{ type: 'Action.ShowCard', title: 'Meer cijfers', card: { type: 'AdaptiveCard', body: [{ ...donut, title: 'Per week', fallback: fallback('Per week: 12') }] } }] };
      const good = card({ ...donut, fallback: fallback('Soort vragen: contract 30 · overig 4') }, { type: 'Container', items: [nested] }, showCard);
      assert.deepEqual(await renderProblems(page, good), []);
    });

    it('fails a chart without a fallback, beside one with it, or whose fallback drops it', async () => {
      const shown = { ...donut, fallback: fallback('Soort vragen: contract 30 · overig 4') };
      for (const bad of [card(donut), card(shown, donut), card({ ...donut, fallback: 'drop' })]) {
        const problems = await renderProblems(page, bad);
        assert.ok(problems.includes(`parse event UnknownElementType: ${unknownElementMessage('Chart.Donut')}`), JSON.stringify(problems));
      }
    });

    it('fails a chart whose fallback does not show, or does not say which chart it stands for', async () => {
      const hidden = await renderProblems(page, card({ ...donut, fallback: { ...fallback('Soort vragen: 30'), isVisible: false } }));
      assert.ok(hidden.includes('not visible: "Soort vragen: 30"'), JSON.stringify(hidden));
      const untitled = await renderProblems(page, card({ ...donut, fallback: fallback('contract 30 · overig 4') }));
      assert.deepEqual(untitled, ['not visible: "Soort vragen"']);
    });

    it('fails a ShowCard whose card does not show what it holds', async () => {
      const input = { type: 'Input.Text', id: 'answer', label: 'Standaardantwoord', isVisible: false };
      const bad = card({ type: 'ActionSet', actions: [{ type: 'Action.ShowCard', title: 'Schrijf', card: { type: 'AdaptiveCard', body: [input] } }] });
      assert.deepEqual(await renderProblems(page, bad), ['after pressing Schrijf: not visible: "Standaardantwoord"']);
    });
  });

  for (const { name, file } of cards) {
    it(`${name} renders cleanly with every text and button visible`, async () => {
      const card = JSON.parse(readFileSync(file, 'utf8'));
      const screenshot = path.join(screenshotsDir, `${name}.png`);
      const problems = await renderProblems(page, card, { mustShowTexts: mustShowFor(name), screenshot });
      await page.locator('#frame').screenshot({ path: screenshot });
      assert.deepEqual(problems, []);
    });
  }
});
