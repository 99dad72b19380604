// The official Adaptive Card 1.5 schema (draft-06) compiled with ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { schemaPath } from './paths.js';

const require = createRequire(import.meta.url);

export function compileCardSchema() {
  // strict: false because the schema carries documentation keywords (version, features) ajv does not know.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  // The file names itself with draft-04's "id"; ajv 8 only accepts draft-06's "$id".
  const { id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return ajv.compile({ $id: id, ...schema });
}

export function describeErrors(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}
