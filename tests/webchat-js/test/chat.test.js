// The main job without Teams, in a real browser against the running host: Web Chat over the host's Direct Line
// endpoint, answer cards, card buttons, an escalation and the inkoopteam panel. Every step leaves a screenshot in
// artifacts/webchat/.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { launchBrowser, openPage } from '../lib/browser.js';
import { startHost } from '../lib/host.js';
import { artifactsDir } from '../lib/paths.js';

const CONTRACT_QUESTION = 'Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?';
const CASE_QUESTION = 'Mevrouw Jansen (34) wil minder uren begeleiding, hoeveel moet ik indiceren?';
const EXPERT_ANSWER = 'Bespreek het met je kwaliteitsmedewerker; bij twijfel over het product helpt het inkoopteam.';

describe('the local chat page (Web Chat over Direct Line)', { timeout: 240_000 }, () => {
  let host;
  let browser;
  let page;
  let outside;
  let errors;
  let shot = 0;

  const cards = () => page.locator('#webchat .ac-adaptiveCard');
  const sendBox = () => page.getByPlaceholder('Stel je vraag…');

  /** Sends a message and waits for the bot's next card, which it returns. */
  async function ask(text) {
    const before = await cards().count();
    await sendBox().fill(text);
    await sendBox().press('Enter');
    const card = cards().nth(before);
    await card.waitFor();
    return card;
  }

  /**
   * Presses a button on a card and waits until that same card shows `expected`: the refreshed card takes its place
   * (no copy below it) and the used button is gone.
   */
  async function press(card, title, expected) {
    const before = await cards().count();
    await card.getByRole('button', { name: title, exact: true }).click();
    await card.getByText(expected).waitFor();
    assert.equal(await cards().count(), before, 'the refreshed card replaces the pressed one');
    assert.equal(await card.getByRole('button', { name: title, exact: true }).count(), 0, `"${title}" is gone once used`);
    return card;
  }

  before(async () => {
    rmSync(artifactsDir, { recursive: true, force: true });
    mkdirSync(artifactsDir, { recursive: true });
    host = await startHost();
    browser = await launchBrowser();
    ({ page, outside, errors } = await openPage(browser, host.url));
    page.setDefaultTimeout(20_000);
    await page.goto(`${host.url}/`);
  });

  afterEach(async (t) => {
    const name = t.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);
    await page?.screenshot({ path: path.join(artifactsDir, `${String(++shot).padStart(2, '0')}-${name}.png`) });
  });

  after(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens with the welcome card, a Dutch send box and the gemeenten of the region', async () => {
    await page.locator('#webchat').getByText('Hallo! Ik ben TeamBot').waitFor();
    await sendBox().waitFor();
    const gemeenten = await page.locator('#gemeente option').allTextContents();
    assert.ok(gemeenten.includes('Heerlen') && gemeenten.includes('Kerkrade'), `gemeenten: ${gemeenten.join(', ')}`);
    assert.equal(await page.locator('#inkoopteam').isVisible(), false, 'the inkoopteam panel is for the rol inkoopteam only');
  });

  it('answers a contract question with a card naming the gecontracteerde aanbieder', async () => {
    const card = await ask(CONTRACT_QUESTION);
    await card.getByText('Autismepunt Zuid', { exact: false }).waitFor();
    await page.locator('#webchat .webchat__text-content', { hasText: CONTRACT_QUESTION }).waitFor(); // the echo
    assert.match(await card.innerText(), /Contractvraag/);
  });

  it('shows "Nuttig" and "Niet nuttig" side by side', async () => {
    const card = cards().last();
    const [useful, notUseful] = await Promise.all(['Nuttig', 'Niet nuttig']
      .map((name) => card.getByRole('button', { name, exact: true }).boundingBox()));
    assert.ok(Math.abs(useful.y - notUseful.y) < 1, `on different rows: ${useful.y} and ${notUseful.y}`);
    assert.ok(useful.x + useful.width <= notUseful.x, 'Nuttig stands left of Niet nuttig');
  });

  it('thanks for feedback in place when "Nuttig" is pressed (Action.Submit through Direct Line)', async () => {
    const refreshed = await press(cards().last(), 'Nuttig', 'Bedankt voor je feedback!');
    assert.equal(await refreshed.getByRole('button', { name: 'Niet nuttig', exact: true }).count(), 0);
  });

  it('says the time in Dutch, also to a screen reader ("10:30", not "10:30 a.m.")', async () => {
    const transcript = await page.locator('#webchat').innerText();
    const hidden = await page.locator('#webchat').evaluate((root) => root.textContent);
    assert.doesNotMatch(`${transcript}\n${hidden}`, /(a\.m\.|p\.m\.|\bAM\b|\bPM\b)/);
    assert.match(hidden, /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (om )?\d{2}:\d{2}/);
  });

  it('redirects a casuïstiek question to the toegang of the chosen gemeente', async () => {
    await page.selectOption('#gemeente', 'Kerkrade');
    const card = await ask(CASE_QUESTION);
    const text = await card.innerText();
    assert.match(text, /kwaliteitsmedewerker/);
    assert.match(text, /Jeugdteam Kerkrade/, 'the picked gemeente reaches the bot');
  });

  it('escalates with "Vraag het inkoopteam", in place', async () => {
    const refreshed = await press(cards().last(), 'Vraag het inkoopteam', /Doorgezet naar het inkoopteam \(ticket #\d+\)/);
    assert.equal(await refreshed.getByRole('button', { name: 'Dit is toch een contractvraag', exact: true }).count(), 0);
  });

  it('shows the escalation, redacted, in the inkoopteam panel once the rol is inkoopteam', async () => {
    await page.selectOption('#rol', 'inkoopteam');
    const escalation = page.locator('#inkoopteam .escalatie').filter({ hasText: 'wil minder uren begeleiding' });
    await escalation.waitFor();
    const text = await escalation.innerText();
    assert.match(text, /Kerkrade/);
    assert.match(text, /Casuïstiek/);
    assert.doesNotMatch(text, /Jansen/, 'the inkoopteam sees the redacted question only');
  });

  it('delivers the inkoopteam\'s answer from the panel into the chat', async () => {
    const escalation = page.locator('#inkoopteam .escalatie').filter({ hasText: 'wil minder uren begeleiding' });
    const before = await cards().count();
    await escalation.locator('textarea').fill(EXPERT_ANSWER);
    await escalation.getByLabel('Opslaan als standaardantwoord').check();
    await escalation.getByRole('button', { name: 'Beantwoorden' }).click();
    await page.locator('#panel-melding').getByText('Beantwoord').waitFor();
    const delivered = cards().nth(before);
    await delivered.getByText('Antwoord van het inkoopteam op je vraag').waitFor();
    await delivered.getByText(EXPERT_ANSWER).waitFor();
    assert.equal(await escalation.count(), 0, 'an answered escalation leaves the panel');
  });

  it('serves the privacy and voorwaarden pages the Teams manifest links to, in Dutch', async () => {
    const other = await browser.newPage({ viewport: { width: 900, height: 900 } });
    try {
      for (const [route, heading] of [['/privacy', 'Privacyverklaring TeamBot'], ['/voorwaarden', 'Gebruiksvoorwaarden TeamBot']]) {
        const response = await other.goto(`${host.url}${route}`);
        assert.equal(response.status(), 200, route);
        await other.getByRole('heading', { level: 1, name: heading }).waitFor();
        await other.screenshot({ path: path.join(artifactsDir, `page${route.replace('/', '-')}.png`), fullPage: true });
      }
    } finally {
      await other.close();
    }
  });

  it('loaded nothing from outside the host and raised no script errors', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });
});
