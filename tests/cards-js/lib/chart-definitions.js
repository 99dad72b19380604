// JSON Schema definitions (draft-06, in the style of the official 1.5 schema) for the Teams-only chart elements,
// written after the Teams documentation ("Charts in Adaptive Cards") and the Teams SDK card schema
// (shared/schemas/teams-cards.schema.json). They are stricter than the Teams SDK schema on purpose, so that a chart
// Teams would draw empty or wrongly fails here:
// - `data` is required and has at least one point (the Teams documentation marks it required);
// - every data point has its label and its number (legend + value, x + y, legend-less series need values);
// - `fallback` is required and must be an element, not "drop": the renderer TeamBot tests with, Teams mobile and
//   other hosts cannot draw charts, and a reader there must still get the figures.
// Property names and value sets follow the Teams SDK schema, so a card valid here is valid there too (the schema
// tests check that for an example of each chart).

/** Case-insensitive, whole-string match of one of these words, as the official schemas accept "Left" and "left". */
export function anyCase(words) {
  const letters = (word) => [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
  return { type: 'string', pattern: `^(?:${words.map(letters).join('|')})$` };
}

// The colours a chart or a data point may name (Teams SDK schema, "38.color").
const chartColors = [
  'good', 'warning', 'attention', 'neutral',
  ...['Red', 'Purple', 'Lavender', 'Blue', 'LightBlue', 'Teal', 'Green', 'Lime', 'Marigold'].map((c) => `categorical${c}`),
  ...Array.from({ length: 8 }, (_, i) => `sequential${i + 1}`),
  ...['Blue', 'LightBlue', 'Cyan', 'Teal', 'Yellow', 'Peach', 'LightRed', 'Red', 'Maroon', 'Gray'].map((c) => `diverging${c}`),
];

const targetWidths = ['veryNarrow', 'narrow', 'standard', 'wide'];

const ref = (name) => ({ $ref: `#/definitions/${name}` });
const text = (description) => ({ type: 'string', description });
const stringOrNumber = { anyOf: [{ type: 'string' }, { type: 'number' }] };

/** An array of at least one data point of this definition. */
const points = (definition, description) => ({ type: 'array', minItems: 1, items: ref(definition), description });

/** The properties every chart has; the ones Extendable.Element defines are listed empty, as the 1.5 schema does. */
function chartElement(type, description, properties, required = []) {
  return {
    description: `${description} Teams only: other hosts show the fallback.`,
    type: 'object',
    properties: {
      type: { enum: [type], description: `Must be \`${type}\`` },
      title: text('The title of the chart.'),
      colorSet: text('The name of the set of colours to draw the chart with.'),
      horizontalAlignment: ref('HorizontalAlignment'),
      targetWidth: { ...anyCase([...targetWidths, ...targetWidths.flatMap((w) => [`atLeast:${w}`, `atMost:${w}`])]), description: 'The card widths the element is shown at.' },
      lang: text('The locale of the chart.'),
      ...properties,
      fallback: {
        ...ref('ImplementationsOf.Element'),
        description: 'What a host that cannot draw the chart shows instead: an element, so the figures reach every reader.',
      },
      height: {}, separator: {}, spacing: {}, id: {}, isVisible: {}, requires: {},
    },
    additionalProperties: false,
    required: ['data', 'fallback', ...required],
    allOf: [ref('Extendable.Element')],
  };
}

const axisTitles = { xAxisTitle: text('The title of the x axis.'), yAxisTitle: text('The title of the y axis.') };

export const chartTypes = ['Chart.Line', 'Chart.Donut', 'Chart.Pie', 'Chart.VerticalBar', 'Chart.HorizontalBar'];

export const chartDefinitions = {
  'Chart.Line': chartElement('Chart.Line', 'A line chart: one line per series.', {
    ...axisTitles,
    color: ref('ChartColor'),
    data: points('LineChartSeries', 'The series, each with its points.'),
  }),
  'Chart.Donut': chartElement('Chart.Donut', 'A donut chart: the parts of a whole.', {
    data: points('DonutChartSlice', 'The slices.'),
  }),
  'Chart.Pie': chartElement('Chart.Pie', 'A pie chart: the parts of a whole.', {
    data: points('DonutChartSlice', 'The slices.'),
  }),
  'Chart.VerticalBar': chartElement('Chart.VerticalBar', 'A vertical bar chart: one bar per point.', {
    ...axisTitles,
    color: ref('ChartColor'),
    showBarValues: { type: 'boolean', description: 'Whether each bar shows its value.' },
    data: points('VerticalBarChartPoint', 'The bars.'),
  }),
  'Chart.HorizontalBar': chartElement('Chart.HorizontalBar', 'A horizontal bar chart: one bar per point.', {
    ...axisTitles,
    color: ref('ChartColor'),
    displayMode: { ...anyCase(['AbsoluteWithAxis', 'AbsoluteNoAxis', 'PartToWhole']), description: 'How the bars are laid out.' },
    data: points('HorizontalBarChartPoint', 'The bars.'),
  }),
  ChartColor: { ...anyCase(chartColors), description: 'A colour of the Teams chart palette.' },
  LineChartSeries: {
    type: 'object',
    properties: {
      legend: text('The name of the series.'),
      values: points('LineChartPoint', 'The points of the line.'),
      color: ref('ChartColor'),
    },
    additionalProperties: false,
    required: ['values'],
  },
  LineChartPoint: {
    type: 'object',
    properties: { x: stringOrNumber, y: { type: 'number' } },
    additionalProperties: false,
    required: ['x', 'y'],
  },
  DonutChartSlice: {
    type: 'object',
    properties: { legend: text('The name of the slice.'), value: { type: 'number' }, color: ref('ChartColor') },
    additionalProperties: false,
    required: ['legend', 'value'],
  },
  VerticalBarChartPoint: {
    type: 'object',
    properties: { x: stringOrNumber, y: { type: 'number' }, color: ref('ChartColor') },
    additionalProperties: false,
    required: ['x', 'y'],
  },
  HorizontalBarChartPoint: {
    type: 'object',
    properties: { x: text('The label of the bar.'), y: { type: 'number' }, color: ref('ChartColor') },
    additionalProperties: false,
    required: ['x', 'y'],
  },
};
