// The task pane in Excel, served by the running host (local mode) with the recording Office stub as office.js:
// table Gemeenten filled from the region, a kostenverdeling computed by the host and written as table
// Kostenverdeling, and the question log written as table Vragenlog with its chart. What the pane writes is read back
// from the stub and compared with what the host's API answers for the same input. Screenshots go to artifacts/addin/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, officeCalls, openPane } from '../lib/browser.js';
import { startHost } from '../lib/host.js';
import { screenshots } from '../lib/shots.js';

// Asked through the API before the Vragenlog tab fetches the log; this host's data folder is fresh, so the log holds
// exactly these.
const LOGGED_QUESTIONS = [
  { question: 'Wie biedt logeeropvang in Heerlen?', municipality: 'Heerlen' },
  { question: 'Wat is de opzegtermijn van de raamovereenkomst Jeugd?', municipality: 'Kerkrade' },
];
const LOG_HEADERS = ['Week', 'Gemeente', 'Categorie', 'Uitkomst', 'Feedback'];

/** Column letters to a 0-based index: A → 0, AA → 26. */
const columnIndex = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/**
 * Evaluates a totals-row formula "=SUBTOTAL(109,B4:B19)" over the table cells the pane wrote (header row at
 * `headerRow`, 1-based), as Excel would without filters.
 */
function subtotal(formula, values, headerRow) {
  const m = /^=SUBTOTAL\(109,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  assert.ok(m, `a SUBTOTAL(109, …) sum: ${formula}`);
  assert.equal(m[1], m[3], 'over one column');
  const column = columnIndex(m[1]);
  let sum = 0;
  for (let row = Number(m[2]); row <= Number(m[4]); row++) sum += values[row - headerRow][column];
  return sum;
}

describe('the task pane in Excel', { timeout: 300_000 }, () => {
  let host;
  let browser;
  let region;
  const panes = [];
  const overflow = [];
  const shootAt = screenshots('excel');

  async function api(path, body) {
    const response = await fetch(`${host.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return response.json();
  }

  async function open(query) {
    const pane = await openPane(browser, host.url, { host: 'Excel', ...query });
    panes.push(pane);
    pane.shoot = async (state) => overflow.push([state, await shootAt(pane.page, state)]);
    await pane.page.getByRole('tab', { name: 'Kostenverdeling' }).waitFor();
    return pane;
  }

  /** Fills the form and presses Bereken; returns the allocation request the pane sent and the host's answer to it. */
  async function calculate(page, bedrag, afronding, sleutels) {
    await page.getByLabel('Te verdelen bedrag').fill(bedrag);
    await page.getByRole('radio', { name: afronding === 'euro' ? "Hele euro's" : 'Centen' }).check();
    for (let i = 0; i < sleutels.length; i++) {
      if (i > 0) await page.getByRole('button', { name: 'Sleutel toevoegen' }).click();
      const fieldset = page.getByRole('group', { name: `Verdeelsleutel ${i + 1}` });
      await fieldset.getByLabel('Kolom in de tabel').selectOption(sleutels[i].kolom);
      await fieldset.getByLabel('Naam').fill(sleutels[i].naam);
      await fieldset.getByLabel('Gewicht (%)').fill(sleutels[i].gewicht);
    }
    await page.getByText('Totaal gewicht: 100%').waitFor();
    const response = page.waitForResponse((r) => r.url().endsWith('/api/costs/allocate'));
    await page.getByRole('button', { name: 'Bereken' }).click();
    const answered = await response;
    assert.equal(answered.status(), 200);
    await page.getByText('De kostenverdeling staat op blad "Kostenverdeling"').waitFor();
    return { request: answered.request().postDataJSON(), allocation: await answered.json() };
  }

  /** Checks table Kostenverdeling as the stub recorded it against the host's allocation; returns the table record. */
  async function checkAllocationTable(page, expected, sleutels, euroFormat) {
    const calls = await officeCalls(page);
    const tables = calls.tables.filter((t) => t.name === 'Kostenverdeling');
    assert.equal(tables.length, 1, 'one table Kostenverdeling');
    const [table] = tables;
    const n = expected.regels.length;
    const last = String.fromCharCode(65 + sleutels.length + 2); // Gemeente, one column per sleutel, Aandeel, Bedrag
    assert.equal(table.sheet, 'Kostenverdeling');
    assert.equal(table.address, `A3:${last}${3 + n}`);
    assert.equal(table.hasHeaders, true);
    assert.equal(table.showTotals, true);
    assert.deepEqual(table.values[0], ['Gemeente', ...sleutels.map((s) => `${s.naam} (€)`), 'Aandeel (%)', 'Bedrag (€)']);
    // Every row as the host allocated it: per-sleutel amounts, the share as a fraction (for 0.00%), the amount.
    assert.deepEqual(table.values.slice(1), expected.regels.map((r) => [
      r.gemeente, ...sleutels.map((s) => r.perSleutel[s.naam]), r.aandeelPercent / 100, r.bedrag,
    ]));

    // The totals row sums the data rows: the money columns come to the bedrag exactly.
    const totals = table.totalsFormulas?.[0];
    assert.ok(totals, 'the totals row has formulas');
    assert.equal(totals[0], 'Totaal');
    const cents = (x) => Math.round(x * 100);
    for (let c = 1; c <= sleutels.length; c++) {
      const sleutel = sleutels[c - 1];
      const expectedSum = expected.regels.reduce((sum, r) => sum + cents(r.perSleutel[sleutel.naam]), 0);
      assert.equal(cents(subtotal(totals[c], table.values, 3)), expectedSum, `${sleutel.naam} column total`);
    }
    assert.equal(cents(subtotal(totals.at(-1), table.values, 3)), cents(expected.totaal), 'Bedrag column total');
    assert.ok(Math.abs(subtotal(totals.at(-2), table.values, 3) - 1) < 0.001, 'the shares come to 100%');

    // Formats cover the data rows and the totals row (row 4 + n): euro for money, 0.00% for the share.
    const column = (i) => String.fromCharCode(65 + i);
    const formats = (from, to) => calls.ranges[`Kostenverdeling!${from}4:${to}${4 + n}`]?.numberFormat;
    const block = (format, width) => Array.from({ length: n + 1 }, () => Array.from({ length: width }, () => format));
    assert.deepEqual(formats('B', column(sleutels.length)), block(euroFormat, sleutels.length), 'the sleutel columns');
    assert.deepEqual(formats(column(sleutels.length + 1), column(sleutels.length + 1)), block('0.00%', 1), 'Aandeel');
    assert.deepEqual(formats(last, last), block(euroFormat, 1), 'Bedrag');
    assert.equal(calls.ranges[`Kostenverdeling!A${4 + n}:${last}${4 + n}`]?.bold, true, 'a bold totals row');
    assert.deepEqual(calls.ranges['Kostenverdeling!A1'].values, [[expected.titel]]);
    assert.deepEqual(calls.ranges[`Kostenverdeling!A${6 + n}`]?.values, [[expected.afronding]], 'the rounding rule below the table');
    assert.match(calls.ranges[`Kostenverdeling!A${7 + n}`]?.values?.[0]?.[0], /^Verdeelsleutels: /);
    assert.deepEqual(calls.activated.at(-1), 'Kostenverdeling');
    return table;
  }

  before(async () => {
    host = await startHost('excel');
    browser = await launchBrowser();
    region = await api('/api/region/municipalities');
    assert.ok(region.municipalities.length >= 3, 'the host knows the gemeenten of the region');
  });

  after(async () => {
    await browser?.close();
    await host?.dispose();
  });

  describe('Kostenverdeling, table Gemeenten from the region', () => {
    let pane;

    it('offers "Vul uit de regio" in a workbook without table Gemeenten', async () => {
      pane = await open({});
      await pane.page.getByText('Deze werkmap heeft nog geen tabel "Gemeenten"').waitFor();
      await pane.page.getByRole('button', { name: 'Vul uit de regio' }).waitFor();
      assert.equal(await pane.page.getByRole('button', { name: 'Bereken' }).isDisabled(), true);
      await pane.shoot('kosten-no-table');
    });

    it('"Vul uit de regio" writes table Gemeenten on sheet Invoer with every gemeente and its figures', async () => {
      const { page } = pane;
      await page.getByRole('button', { name: 'Vul uit de regio' }).click();
      await page.getByText(`${region.municipalities.length} gemeenten uit tabel "Gemeenten"`).waitFor();
      const calls = await officeCalls(page);
      assert.deepEqual(calls.sheetsAdded, ['Invoer']);
      const table = calls.tables.find((t) => t.name === 'Gemeenten');
      assert.ok(table, 'table Gemeenten was added');
      assert.equal(table.sheet, 'Invoer');
      const columns = region.columns.filter((c) => c !== 'Gemeente');
      assert.deepEqual(table.values, [
        ['Gemeente', ...columns],
        ...region.municipalities.map((m) => [m.name, ...columns.map((c) => m.values[c])]),
      ]);
      await page.getByText(`kolommen: ${columns.join(', ')}`, { exact: false }).waitFor();
      await pane.shoot('kosten-table-filled');
    });

    it('"Bereken" for € 250.788 on Inwoners 100% writes table Kostenverdeling as POST /api/costs/allocate computes it', async () => {
      const { page } = pane;
      const sleutels = [{ naam: 'Inwoners', gewicht: '100', kolom: 'Inwoners' }];
      const { request, allocation } = await calculate(page, '250.788', 'euro', sleutels);

      // The pane sends the bedrag as a number, the sleutel as typed, and every numeric column of table Gemeenten.
      const input = {
        bedrag: 250788,
        afronding: 'euro',
        sleutels: [{ naam: 'Inwoners', gewichtPercent: 100, kolom: 'Inwoners' }],
        gemeenten: region.municipalities.map((m) => ({ gemeente: m.name, waarden: m.values })),
      };
      assert.deepEqual(request, input);
      const expected = await api('/api/costs/allocate', input);
      assert.deepEqual(allocation, expected, 'the same input gives the same allocation');
      assert.equal(expected.totaal, 250788);
      assert.deepEqual(expected.regels.map((r) => r.gemeente).sort(), region.municipalities.map((m) => m.name).sort(), 'every gemeente');
      assert.equal(expected.regels.reduce((sum, r) => sum + r.bedrag, 0), 250788, 'the host\'s amounts add up exactly');
      assert.ok(expected.regels.every((r) => Number.isInteger(r.bedrag)), 'whole euros');

      const table = await checkAllocationTable(page, expected, sleutels, '€ #,##0');
      assert.equal(table.values.slice(1).reduce((sum, row) => sum + row.at(-1), 0), 250788);
      await page.getByText('€ 250.788 verdeeld over', { exact: false }).waitFor();
      await pane.shoot('kosten-calculated');
    });
  });

  describe('Kostenverdeling, the stub\'s sample table Gemeenten', () => {
    it('splits € 100.000,01 in cents over two sleutels, as the host computes it', async () => {
      const pane = await open({ gemeenten: 'sample' });
      const { page } = pane;
      await page.getByText('3 gemeenten uit tabel "Gemeenten"').waitFor();
      const sleutels = [
        { naam: 'Inwoners', gewicht: '60', kolom: 'Inwoners' },
        { naam: 'Jeugd', gewicht: '40', kolom: 'Jongeren <20' },
      ];
      const { request, allocation } = await calculate(page, '100.000,01', 'cent', sleutels);
      assert.equal(request.bedrag, 100000.01);
      assert.deepEqual(request.sleutels, [
        { naam: 'Inwoners', gewichtPercent: 60, kolom: 'Inwoners' },
        { naam: 'Jeugd', gewichtPercent: 40, kolom: 'Jongeren <20' },
      ]);
      assert.deepEqual(request.gemeenten, [
        { gemeente: 'Heerlen', waarden: { Inwoners: 86000, 'Jongeren <20': 15800 } },
        { gemeente: 'Maastricht', waarden: { Inwoners: 121000, 'Jongeren <20': 21000 } },
        { gemeente: 'Sittard-Geleen', waarden: { Inwoners: 92000, 'Jongeren <20': 16000 } },
      ]);
      const expected = await api('/api/costs/allocate', request);
      assert.deepEqual(allocation, expected);
      assert.equal(Math.round(expected.regels.reduce((sum, r) => sum + r.bedrag, 0) * 100), 10000001, 'to the cent');
      await checkAllocationTable(page, expected, sleutels, '€ #,##0.00');
      await pane.shoot('kosten-two-keys-cents');
    });

    it('names what is wrong with the form before asking the host', async () => {
      const pane = panes.at(-1);
      const { page } = pane;
      await page.getByLabel('Te verdelen bedrag').fill('250788.5');
      const fieldset = page.getByRole('group', { name: 'Verdeelsleutel 2' });
      await fieldset.getByLabel('Gewicht (%)').fill('30');
      await page.getByRole('button', { name: 'Bereken' }).click();
      const bar = page.locator('.fui-MessageBar').filter({ hasText: 'Controleer de invoer' });
      await bar.waitFor();
      const problems = await bar.locator('li').allInnerTexts();
      assert.ok(problems.some((p) => p.includes('gebruik een komma voor centen')), problems.join(' | '));
      assert.ok(problems.some((p) => p.includes('90%')), problems.join(' | '));
      await pane.shoot('kosten-form-problems');
    });
  });

  describe('Vragenlog', () => {
    it('writes the questions asked through POST /api/questions as table Vragenlog, with a count per week and a chart', async () => {
      for (const body of LOGGED_QUESTIONS) await api('/api/questions', body);
      const pane = await open({});
      const { page } = pane;
      await page.getByRole('tab', { name: 'Vragenlog' }).click();
      const response = page.waitForResponse((r) => r.url().includes('/api/log/questions'));
      await page.getByRole('button', { name: 'Vragenlog ophalen' }).click();
      const answered = await response;
      const url = new URL(answered.url());
      const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()); // the pane's clock
      assert.deepEqual(Object.fromEntries(url.searchParams), { from: `${year}-01-01`, to: `${year}-12-31` }, 'this year by default');
      await page.getByText('Het vragenlog staat op blad "Vragenlog"').waitFor();

      const { rows } = await api(`${url.pathname}${url.search}`);
      assert.equal(rows.length, LOGGED_QUESTIONS.length, 'the log holds the questions asked');
      // Questions per week, weeks in order (both were asked just now: one week, or two across a Sunday midnight).
      const perWeek = [...new Set(rows.map((r) => r.week))].sort()
        .map((week) => [week, rows.filter((r) => r.week === week).length]);
      const weeks = perWeek.length === 1 ? '1 week' : `${perWeek.length} weken`;
      await page.getByText(`${rows.length} vragen uit ${weeks}, met een grafiek`, { exact: false }).waitFor();
      assert.deepEqual(rows.map((r) => r.gemeente).sort(), LOGGED_QUESTIONS.map((q) => q.municipality).sort());
      const calls = await officeCalls(page);
      const table = calls.tables.find((t) => t.name === 'Vragenlog');
      assert.ok(table, 'table Vragenlog was added');
      assert.equal(table.sheet, 'Vragenlog');
      assert.equal(table.address, `A1:E${rows.length + 1}`);
      assert.deepEqual(table.values, [LOG_HEADERS, ...rows.map((r) => [r.week, r.gemeente, r.categorie, r.uitkomst, r.feedback ?? ''])]);
      for (const row of table.values.slice(1)) assert.match(row[0], /^\d{4}-W\d{2}$/, 'ISO weeks');

      assert.equal(calls.charts.length, 1, 'one chart');
      const [chart] = calls.charts;
      assert.equal(chart.sheet, 'Vragenlog');
      assert.equal(chart.type, 'ColumnClustered');
      assert.equal(chart.title, 'Vragen per week');
      assert.equal(chart.source, `Vragenlog!G1:H${perWeek.length + 1}`);
      assert.deepEqual(chart.sourceValues, [['Week', 'Vragen'], ...perWeek]);
      assert.equal(chart.legendVisible, false);
      assert.ok(chart.position, 'the chart is placed below the count');
      await pane.shoot('vragenlog-written');
    });

    it('fetching the log again replaces the earlier table and chart instead of adding a second', async () => {
      const { page } = panes.at(-1);
      await page.getByRole('button', { name: 'Vragenlog ophalen' }).click();
      await page.getByRole('status').getByText('Vragenlog ophalen…').waitFor({ state: 'detached' });
      await page.getByText('Het vragenlog staat op blad "Vragenlog"').waitFor();
      const calls = await officeCalls(page);
      assert.deepEqual(calls.deletedTables, ['Vragenlog']);
      assert.deepEqual(calls.deletedCharts, ['Vragenlog#0']);
      assert.deepEqual(calls.sheetsCleared, ['Vragenlog']);
      assert.deepEqual(calls.sheetsAdded, ['Vragenlog'], 'the sheet is reused');
      assert.equal(calls.tables.filter((t) => t.name === 'Vragenlog').length, 2, 'written anew');
      assert.deepEqual(calls.tables[1].values, calls.tables[0].values);
    });
  });

  it('loaded nothing from outside the host, raised no script errors, and fits both pane widths', () => {
    assert.deepEqual(panes.flatMap((p) => p.outside), []);
    assert.deepEqual(panes.flatMap((p) => p.errors), []);
    assert.deepEqual(overflow.filter(([, o]) => Object.values(o).some((px) => px > 0)), [], 'states wider than the pane');
  });
});
