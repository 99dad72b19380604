// The card schemas compiled with ajv:
// - the official Adaptive Card 1.5 schema (draft-06), as published;
// - the same schema extended with the Teams chart elements (lib/chart-definitions.js), for the cards that use them;
// - the Teams SDK card schema (draft-07), which knows every Teams-only element.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { chartDefinitions, chartTypes } from './chart-definitions.js';
import { schemaPath, teamsSchemaPath } from './paths.js';

const require = createRequire(import.meta.url);

// strict: false because the schemas carry documentation keywords (version, features, x-contentType) ajv does not know.
// validateFormats: false says what happens anyway: ajv 8 knows no formats without ajv-formats (not installed), so
// "uri" and "uri-reference" were never checked; this only keeps ajv from logging each one it skips.
const ajvOptions = { strict: false, allErrors: true, validateFormats: false };

/** The official 1.5 schema as an object ajv 8 takes. */
function readCardSchema() {
  // The file names itself with draft-04's "id"; ajv 8 only accepts draft-06's "$id".
  const { id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return { $id: id, ...schema };
}

function compileDraft06(schema) {
  const ajv = new Ajv(ajvOptions);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  return ajv.compile(schema);
}

/** The official Adaptive Card 1.5 schema: for the cards without Teams-only elements. */
export function compileCardSchema() {
  return compileDraft06(readCardSchema());
}

/**
 * The 1.5 schema with the Teams chart elements added wherever it allows an element. The schema lists the element
 * types in "ImplementationsOf.*" definitions (anyOf of { required: [type], allOf: [$ref] }); every list that holds
 * TextBlock is a list of elements (ImplementationsOf.Element: body, Container, Column and TableCell items and every
 * element's fallback; ImplementationsOf.Item and .ToggleableItem, which nothing refers to yet), and gets the charts.
 */
export function chartCardSchema() {
  const schema = structuredClone(readCardSchema());
  const elementLists = Object.entries(schema.definitions)
    .filter(([name, definition]) => name.startsWith('ImplementationsOf.')
      && definition.anyOf?.some((entry) => entry.allOf?.some((part) => part.$ref === '#/definitions/TextBlock')));
  if (!elementLists.some(([name]) => name === 'ImplementationsOf.Element'))
    throw new Error(`${schemaPath} has no ImplementationsOf.Element listing TextBlock: the chart extension does not know where elements go`);
  for (const name of Object.keys(chartDefinitions))
    if (schema.definitions[name]) throw new Error(`${schemaPath} already defines ${name}`);
  Object.assign(schema.definitions, structuredClone(chartDefinitions));
  for (const [, definition] of elementLists)
    definition.anyOf.push(...chartTypes.map((type) => ({ required: ['type'], allOf: [{ $ref: `#/definitions/${type}` }] })));
  return schema;
}

/** The 1.5 schema extended with the Teams charts: every card must pass it. */
export function compileChartCardSchema() {
  return compileDraft06(chartCardSchema());
}

/** The Teams SDK card schema (draft-07, ajv's default). */
export function compileTeamsCardSchema() {
  return new Ajv(ajvOptions).compile(JSON.parse(readFileSync(teamsSchemaPath, 'utf8')));
}

export function describeErrors(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}
