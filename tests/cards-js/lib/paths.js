// Where the harness finds the cards the .NET tests wrote, the official schema and the renderer bundle.
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const harnessDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// test.sh passes the folder the .NET card tests wrote (TEAMBOT_CARDS_DIR); nothing is picked up by accident.
export const cardsDir = process.env.TEAMBOT_CARDS_DIR
  ?? (() => { throw new Error('TEAMBOT_CARDS_DIR is not set: test.sh passes the folder the .NET card tests wrote'); })();
export const screenshotsDir = path.join(cardsDir, 'screenshots');

// shared/ sits beside the checkout (here and on CI); ADAPTIVE_CARD_SCHEMA and TEAMS_CARD_SCHEMA point elsewhere if needed.
export const schemaPath = process.env.ADAPTIVE_CARD_SCHEMA
  ?? path.resolve(harnessDir, '../../../shared/schemas/adaptive-card-1.5.json');
// The Teams SDK's card schema (draft-07): the Teams-only elements, Chart.* among them, with their properties.
export const teamsSchemaPath = process.env.TEAMS_CARD_SCHEMA
  ?? path.resolve(harnessDir, '../../../shared/schemas/teams-cards.schema.json');

export const rendererScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');
export const rendererStyles = require.resolve('adaptivecards/dist/adaptivecards.css');
// Teams and Web Chat read TextBlock text as markdown; the renderer does too once markdown-it is on the page
// (the version Web Chat 4.18 ships).
export const markdownScript = require.resolve('markdown-it/dist/markdown-it.min.js');

/** Every card the .NET tests wrote, as { name, file }, sorted by name; an empty or missing folder is an error. */
export function cardFiles() {
  const names = readdirSync(cardsDir).filter((f) => f.endsWith('.json'));
  if (names.length === 0) throw new Error(`${cardsDir} holds no cards: the .NET card tests write them there`);
  return names.sort().map((f) => ({ name: f.slice(0, -'.json'.length), file: path.join(cardsDir, f) }));
}
