// Every card TeamBot can send validates against the strictest schema that applies:
// - every card against the official Adaptive Card 1.5 schema extended with the Teams chart elements
//   (lib/chart-definitions.js: stricter than Teams on data shapes, and a chart must have a fallback element);
// - a card without charts also against the official 1.5 schema as published (a chart card cannot pass it: the
//   schema does not know Chart.*);
// - every card against the Teams SDK card schema, which knows the charts with their properties (every card TeamBot
//   writes passes it, so none is exempted).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { usesCharts } from '../lib/charts.js';
import { chartTypes } from '../lib/chart-definitions.js';
import { cardFiles, cardsDir } from '../lib/paths.js';
import { compileCardSchema, compileChartCardSchema, compileTeamsCardSchema, describeErrors } from '../lib/schema.js';

const cards = cardFiles();
const validate = compileCardSchema();
const validateWithCharts = compileChartCardSchema();
const validateTeams = compileTeamsCardSchema();

const card = (...body) => ({ type: 'AdaptiveCard', version: '1.5', body });
const fallback = { type: 'TextBlock', text: 'Vragen: 12', wrap: true };

// One chart of each kind the extension defines, in the shapes the Teams documentation gives.
const examples = {
  'Chart.Line': { type: 'Chart.Line', title: 'Vragen per week', xAxisTitle: 'Week', yAxisTitle: 'Vragen', data: [{ legend: 'Vragen', values: [{ x: 'W42', y: 12 }, { x: 43, y: 15 }], color: 'categoricalBlue' }], fallback },
  'Chart.Donut': { type: 'Chart.Donut', title: 'Soort vragen', colorSet: 'categorical', data: [{ legend: 'Contract', value: 30 }, { legend: 'Overig', value: 4, color: 'neutral' }], fallback },
  'Chart.Pie': { type: 'Chart.Pie', title: 'Soort vragen', data: [{ legend: 'Contract', value: 30 }], fallback: { type: 'Container', items: [fallback] } },
  'Chart.VerticalBar': { type: 'Chart.VerticalBar', title: 'Per gemeente', showBarValues: true, data: [{ x: 'Heerlen', y: 20 }, { x: 2027, y: 1.5, color: 'good' }], fallback, spacing: 'medium', separator: true },
  'Chart.HorizontalBar': { type: 'Chart.HorizontalBar', title: 'Per gemeente', displayMode: 'AbsoluteNoAxis', color: 'sequential3', data: [{ x: 'Heerlen', y: 20 }], fallback, horizontalAlignment: 'center' },
};

// Charts whose data has the shape of another kind of chart, or a wrong type: Teams would draw them empty or not at all.
const wrongData = {
  'a line chart with bar points instead of series': { ...examples['Chart.Line'], data: [{ x: 'W42', y: 12 }] },
  'a line chart with points whose y is a string': { ...examples['Chart.Line'], data: [{ legend: 'Vragen', values: [{ x: 'W42', y: '12' }] }] },
  'a donut with line series instead of slices': { ...examples['Chart.Donut'], data: [{ legend: 'Contract', values: [{ x: 'W42', y: 12 }] }] },
  'a donut whose data is an object, not a list': { ...examples['Chart.Donut'], data: { Contract: 30 } },
  'a vertical bar chart with slices instead of points': { ...examples['Chart.VerticalBar'], data: [{ legend: 'Heerlen', value: 20 }] },
  'a horizontal bar chart in a colour Teams does not have': { ...examples['Chart.HorizontalBar'], data: [{ x: 'Heerlen', y: 20, color: 'purple' }] },
};

describe('Adaptive Card 1.5 schema', () => {
  it('has cards to check (the .NET card tests write them first)', () => {
    assert.ok(cards.length > 0, `no card JSON in ${cardsDir}: run the dotnet tests first`);
  });

  for (const { name, file } of cards) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const charts = usesCharts(json);

    it(`${name} is a valid Adaptive Card 1.5${charts ? ' with Teams charts' : ''}`, () => {
      assert.equal(json.type, 'AdaptiveCard');
      assert.equal(json.version, '1.5');
      assert.ok(validateWithCharts(json), describeErrors(validateWithCharts.errors));
      if (!charts) assert.ok(validate(json), describeErrors(validate.errors));
    });

    it(`${name} is a valid Teams card`, () => {
      assert.ok(validateTeams(json), describeErrors(validateTeams.errors));
    });
  }

  it('rejects a card the schema does not allow (the validator is not a no-op)', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', wrap: 'ja' }], actions: [{ type: 'Action.OpenUrl', title: 'x' }] };
    assert.equal(validate(broken), false);
    assert.equal(validateWithCharts(broken), false);
    assert.equal(validateTeams(broken), false);
  });

  it('has an example of every chart kind the extension defines', () => {
    assert.deepEqual(Object.keys(examples).sort(), [...chartTypes].sort());
  });

  for (const [type, chart] of Object.entries(examples)) {
    it(`takes a ${type} in the body, in a Container, a Column and a ShowCard, and as a fallback (both chart schemas)`, () => {
      const where = card(
        chart,
        { type: 'Container', items: [chart] },
        { type: 'ColumnSet', columns: [{ type: 'Column', items: [chart] }] },
        { type: 'TextBlock', text: 'x', fallback: chart },
        { type: 'ActionSet', actions: [{ type: 'Action.ShowCard', title: 'Meer', card: { type: 'AdaptiveCard', body: [chart] } }] },
      );
      assert.ok(validateWithCharts(where), describeErrors(validateWithCharts.errors));
      assert.ok(validateTeams(where), describeErrors(validateTeams.errors));
    });
  }

  it('does not take a chart card against the plain 1.5 schema (which is why chart cards get the extended one)', () => {
    assert.equal(validate(card(examples['Chart.Donut'])), false);
  });

  for (const [what, chart] of Object.entries(wrongData)) {
    it(`rejects ${what} (both chart schemas)`, () => {
      assert.equal(validateWithCharts(card(chart)), false, 'the extended 1.5 schema took it');
      // The chart's data, not something else, is what the extension objects to.
      assert.ok(validateWithCharts.errors.some((e) => e.instancePath.startsWith('/body/0/data')), describeErrors(validateWithCharts.errors));
      assert.equal(validateTeams(card(chart)), false, 'the Teams card schema took it');
    });
  }

  it('rejects a chart type Teams does not have (Chart.Foo)', () => {
    const foo = { ...examples['Chart.VerticalBar'], type: 'Chart.Foo' };
    assert.equal(validateWithCharts(card(foo)), false);
    assert.equal(validateTeams(card(foo)), false);
    assert.equal(validateWithCharts(card({ type: 'Container', items: [foo] })), false);
  });

  it('rejects a chart without a fallback element, or with fallback "drop", or without data', () => {
    const { fallback: _, ...noFallback } = examples['Chart.Donut'];
    const { data: __, ...noData } = examples['Chart.Donut'];
    for (const chart of [noFallback, { ...noFallback, fallback: 'drop' }, noData, { ...noData, data: [] }])
      assert.equal(validateWithCharts(card(chart)), false, JSON.stringify(chart));
  });

  it('rejects a chart whose fallback is not a valid element', () => {
    assert.equal(validateWithCharts(card({ ...examples['Chart.Line'], fallback: { type: 'TextBlock', text: 'x', wrap: 'ja' } })), false);
    assert.equal(validateWithCharts(card({ ...examples['Chart.Line'], fallback: { ...examples['Chart.Donut'], fallback: undefined } })), false);
  });
});
