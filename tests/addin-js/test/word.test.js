// The task pane in Word, served by the running host (local mode, no sign-in) with the recording Office stub as
// office.js: a stored plan previewed, rendered and inserted (whole body and at the cursor), a plan file with a
// mistake, and a contract question inserted as a quote. What the pane hands to Word is read back from the stub and
// compared with what the host's API says for the same input. Screenshots of every state go to artifacts/addin/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, officeCalls, openPane } from '../lib/browser.js';
import { readDocx } from '../lib/docx.js';
import { startHost } from '../lib/host.js';
import { screenshots } from '../lib/shots.js';

const TEMPLATE = 'uitvoeringsplan-wmo';
const PLAN = 'uitvoeringsplan-wmo-2023';
const QUESTION = 'Wie biedt logeeropvang in Heerlen?';

/** An amount as the plan document and the pane print it: "€ 147.258" (no-break spaces read as plain spaces). */
const euro = (amount) => `€ ${amount.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}`;
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');

describe('the task pane in Word', { timeout: 300_000 }, () => {
  let host;
  let browser;
  let page;
  let outside;
  let errors;
  const overflow = [];
  const shootAt = screenshots('word');
  const shoot = async (state) => overflow.push([state, await shootAt(page, state)]);

  /** The host's API as the pane calls it (JSON in, JSON out). */
  async function api(path, body) {
    const response = await fetch(`${host.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return response.json();
  }

  let storedPlan; // { name, yaml }
  let planInfo; // { name, title, year, kind }

  before(async () => {
    host = await startHost('word');
    browser = await launchBrowser();
    storedPlan = await api(`/api/plans/${PLAN}`);
    planInfo = (await api('/api/plans')).find((p) => p.name === PLAN);
    assert.ok(planInfo, `the host offers the stored plan ${PLAN}`);
    ({ page, outside, errors } = await openPane(browser, host.url, { host: 'Word' }));
  });

  after(async () => {
    await browser?.close();
    await host?.dispose();
  });

  describe('Plan tab', () => {
    const preview = () => page.getByRole('region', { name: 'Kostenverdeling uit het plan' });

    it('opens on the Plan tab in lokale modus, with the host\'s templates and stored plans', async () => {
      await page.getByRole('tab', { name: 'Plan' }).waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected'), 'true');
      await page.getByRole('tab', { name: 'Vraag' }).waitFor();
      await page.getByText('lokale modus', { exact: true }).waitFor();
      const templates = (await api('/api/templates')).map((t) => t.name);
      await page.getByLabel('Sjabloon').locator(`option[value="${TEMPLATE}"]`).waitFor({ state: 'attached' });
      assert.deepEqual(await page.getByLabel('Sjabloon').locator('option').evaluateAll((o) => o.map((x) => x.value)), templates);
      const plans = await page.getByLabel('Welk plan').locator('option').allTextContents();
      assert.ok(plans.includes(`${planInfo.title} (${planInfo.year})`), `plans offered: ${plans.join(' | ')}`);
      await shoot('plan-start');
    });

    it(`previews the kostenverdeling of the stored plan ${PLAN} as the host computes it`, async () => {
      const costs = await api('/api/plans/costs', { plan: storedPlan.yaml });
      assert.ok(costs.kostenverdelingen.length > 0, 'the plan has a kostenverdeling');
      await page.getByLabel('Sjabloon').selectOption(TEMPLATE);
      await page.getByLabel('Welk plan').selectOption(PLAN);
      const [k] = costs.kostenverdelingen;
      await preview().locator('caption', { hasText: k.titel }).waitFor();
      const rows = await preview().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
      assert.deepEqual(rows.map((r) => r.map(plain)), k.regels.map((r) => [r.gemeente, euro(r.bedrag)]));
      assert.equal(plain(await preview().locator('tfoot').innerText()).replace(/\s+/g, ' ').trim(), `Totaal ${euro(k.totaal)}`);
      const maastricht = k.regels.find((r) => r.gemeente === 'Maastricht');
      assert.ok(maastricht, 'Maastricht pays a share');
      // The warnings the host gives about the plan's costs are shown with the preview.
      for (const warning of costs.warnings) await preview().getByText(warning, { exact: false }).waitFor();
      await shoot('plan-preview');
    });

    it('"Genereer" replaces the body with the rendered plan: a .docx with its title, headings and cost figures', async () => {
      const costs = await api('/api/plans/costs', { plan: storedPlan.yaml });
      await page.getByRole('button', { name: 'Genereer' }).click();
      await page.getByText('Het plan staat in het document.').waitFor({ timeout: 120_000 });
      const calls = await officeCalls(page);
      assert.equal(calls.fileInserts.length, 1, 'one insertFileFromBase64');
      const [insert] = calls.fileInserts;
      assert.equal(insert.target, 'body');
      assert.equal(insert.location, 'Replace');

      const doc = await readDocx(insert.base64);
      assert.ok(doc.files.includes('word/styles.xml'), `the template's styles come along: ${doc.files.join(', ')}`);
      assert.match(planInfo.title, /^Uitvoeringsplan 2023/);
      assert.deepEqual(doc.paragraphs.filter((p) => p.style === 'Titel').map((p) => p.text), [planInfo.title]);
      // The plan's hoofdprocessen are its numbered chapter headings.
      const processes = [...storedPlan.yaml.matchAll(/^ {2}- naam: (.+)$/gm)].map((m) => m[1].trim());
      assert.ok(processes.length >= 3, `hoofdprocessen in the plan: ${processes.join(', ')}`);
      const headings = doc.paragraphs.filter((p) => p.style === 'Kop1').map((p) => p.text);
      for (const name of processes) {
        assert.ok(headings.some((h) => h.endsWith(name)), `heading "${name}" in ${headings.join(' | ')}`);
      }
      // Every gemeente's bedrag from /api/plans/costs stands in its row of the cost table, as "€ 147.258".
      for (const regel of costs.kostenverdelingen[0].regels) {
        const row = doc.rows.find((cells) => cells[0] === regel.gemeente);
        assert.ok(row, `a cost table row for ${regel.gemeente}`);
        assert.equal(row[1], euro(regel.bedrag), `${regel.gemeente}'s bedrag`);
      }
      assert.equal(doc.rows.find((cells) => cells[0] === 'Maastricht')[1], '€ 147.258');

      // The file name and the render warnings are shown with the result.
      await page.getByText(/\.docx$/).first().waitFor();
      await page.getByText('Let op', { exact: true }).waitFor();
      await shoot('plan-generated');
    });

    it('"Alleen op de cursor" inserts the same rendered plan at the selection instead', async () => {
      await page.getByRole('radio', { name: 'Alleen op de cursor' }).check();
      await page.getByRole('button', { name: 'Genereer' }).click();
      await page.getByText('Het plan staat op de cursor.').waitFor({ timeout: 120_000 });
      const calls = await officeCalls(page);
      assert.equal(calls.fileInserts.length, 2, 'a second insertFileFromBase64');
      assert.equal(calls.fileInserts[1].target, 'selection');
      assert.equal(calls.fileInserts[1].location, 'Replace', 'replaces the selection, an insertion point when nothing is selected');
      const [first, second] = await Promise.all(calls.fileInserts.map((f) => readDocx(f.base64)));
      assert.equal(second.text, first.text, 'the same plan');
      await shoot('plan-at-cursor');
    });

    it('the success message keeps naming where the plan went when the "Invoegen" choice changes afterwards', async () => {
      await page.getByRole('radio', { name: 'Hele document vervangen' }).check();
      try {
        assert.equal(await page.getByText('Het plan staat op de cursor.').count(), 1, 'the last insert went to the cursor');
        assert.equal(await page.getByText('Het plan staat in het document.').count(), 0);
      } finally {
        await page.getByRole('radio', { name: 'Alleen op de cursor' }).check();
      }
    });

    it('a plan file with a mistake shows the host\'s located Dutch problems and cannot be generated', async () => {
      const lines = storedPlan.yaml.split('\n');
      const line = lines.findIndex((l) => /^jaar: \d{4}\s*$/.test(l));
      assert.ok(line >= 0, 'the stored plan has a line "jaar: 2023"');
      lines[line] = 'jaar: tweeduizenddrieëntwintig';
      const inserts = (await officeCalls(page)).fileInserts.length;

      await page.getByRole('radio', { name: 'Bestand van schijf (.yaml)' }).check();
      await page.getByLabel('Planbestand (.yaml, hooguit 2 MB)').setInputFiles({
        name: 'uitvoeringsplan-wmo-2023-fout.yaml', mimeType: 'application/yaml', buffer: Buffer.from(lines.join('\n')),
      });
      const bar = page.locator('.fui-MessageBar').filter({ hasText: 'Het plan klopt niet' });
      await bar.waitFor();
      const problems = await bar.locator('li').allInnerTexts();
      assert.ok(problems.length >= 1, 'the problems are listed');
      const problem = problems.find((p) => p.includes('(jaar)'));
      assert.ok(problem, `a problem names the field jaar: ${problems.join(' | ')}`);
      assert.match(problem, new RegExp(`regel ${line + 1}\\b`), 'and its line');
      assert.match(problem, /tweeduizenddrieëntwintig/);
      assert.equal(await page.getByRole('button', { name: 'Opnieuw proberen' }).count(), 0, 'no retry: the plan must change');
      assert.equal(await page.getByRole('button', { name: 'Genereer' }).isDisabled(), true);
      assert.equal((await officeCalls(page)).fileInserts.length, inserts, 'nothing inserted');
      await shoot('plan-file-problems');
    });

    it('a file that is not YAML is refused by the pane before it reaches the host', async () => {
      let posted = 0;
      const count = (request) => { if (request.url().endsWith('/api/plans/costs')) posted += 1; };
      page.on('request', count);
      try {
        await page.getByLabel('Planbestand (.yaml, hooguit 2 MB)').setInputFiles({
          name: 'plan.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK'),
        });
        await page.getByText('"plan.docx" is geen YAML-bestand.').waitFor();
        await page.getByText('Kies een plan met de extensie .yaml of .yml.').waitFor();
        assert.equal(posted, 0);
        assert.equal(await page.getByRole('button', { name: 'Genereer' }).isDisabled(), true);
      } finally {
        page.off('request', count);
      }
      await shoot('plan-file-not-yaml');
    });
  });

  describe('Vraag tab', () => {
    const answer = () => page.getByRole('region', { name: 'Antwoord van TeamBot' });
    let asked; // the host's answer, as the pane received it

    it('answers a contract question with the gecontracteerde aanbieders and the source', async () => {
      await page.getByRole('tab', { name: 'Vraag' }).click();
      const gemeenten = (await api('/api/region/municipalities')).municipalities.map((m) => m.name);
      await page.getByLabel('Gemeente (optioneel)').locator('option[value="Heerlen"]').waitFor({ state: 'attached' });
      assert.deepEqual(await page.getByLabel('Gemeente (optioneel)').locator('option').allTextContents(), ['Geen gemeente', ...gemeenten]);
      await page.getByLabel('Je vraag over een contract').fill(QUESTION);
      const response = page.waitForResponse((r) => r.url().endsWith('/api/questions'));
      await page.getByRole('button', { name: 'Vraag stellen' }).click();
      const answered = await response;
      assert.deepEqual(answered.request().postDataJSON(), { question: QUESTION, municipality: null });
      asked = await answered.json();
      await answer().getByText('Autismepunt Zuid', { exact: false }).first().waitFor({ timeout: 60_000 });
      assert.equal(asked.category, 'contract');
      assert.match(await answer().innerText(), /Contract/);
      assert.match(await answer().innerText(), /^Bron: /m);
      await shoot('vraag-answer');
    });

    it('"Invoegen" puts the answer at the cursor as Quote paragraphs with an italic "Bron:" line', async () => {
      await answer().getByRole('button', { name: 'Invoegen' }).click();
      await page.getByText('Het antwoord staat als citaat in het document').waitFor();
      const { paragraphs } = await officeCalls(page);
      const lines = asked.text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '').map((l) => l.replace(/^(\s*)[-*]\s+/, '$1• '));
      const source = `Bron: ${asked.sources.map((s) => (s.section ? `${s.title}, ${s.section}` : s.title)).join('; ')}`;
      assert.deepEqual(paragraphs.map((p) => p.text), [...lines, source]);
      assert.ok(paragraphs.some((p) => p.text.includes('Autismepunt Zuid')), 'the aanbieder is quoted');
      assert.deepEqual(paragraphs.map((p) => p.relativeTo), ['selection', ...lines.map((_, i) => i)], 'each after the one before, from the cursor');
      assert.ok(paragraphs.every((p) => p.location === 'After'));
      assert.deepEqual(paragraphs.slice(0, -1).map((p) => p.styleBuiltIn), lines.map(() => 'Quote'));
      const bron = paragraphs.at(-1);
      assert.match(bron.text, /^Bron: /);
      assert.equal(bron.italic, true);
      assert.equal(bron.styleBuiltIn, 'Normal');
      await shoot('vraag-inserted');
    });
  });

  it('loaded nothing from outside the host, raised no script errors, and fits both pane widths', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(overflow.filter(([, o]) => Object.values(o).some((px) => px > 0)), [], 'states wider than the pane');
  });
});
