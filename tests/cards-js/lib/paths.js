// Where the harness finds the cards the .NET tests wrote, the official schema and the renderer bundle.
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const harnessDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(harnessDir, '..', '..');
export const cardsDir = path.join(repoRoot, 'artifacts', 'cards');
export const screenshotsDir = path.join(cardsDir, 'screenshots');

// shared/ sits beside the checkout (here and on CI); ADAPTIVE_CARD_SCHEMA points elsewhere if needed.
export const schemaPath = process.env.ADAPTIVE_CARD_SCHEMA
  ?? path.resolve(harnessDir, '../../../shared/schemas/adaptive-card-1.5.json');

export const rendererScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');
export const rendererStyles = require.resolve('adaptivecards/dist/adaptivecards.css');

/** Every card the .NET tests wrote, as { name, file }, sorted by name. */
export function cardFiles() {
  let names = [];
  try {
    names = readdirSync(cardsDir).filter((f) => f.endsWith('.json'));
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  return names.sort().map((f) => ({ name: f.slice(0, -'.json'.length), file: path.join(cardsDir, f) }));
}
