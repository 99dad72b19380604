// Copies Web Chat's prebuilt browser bundle (and its licence notice) from node_modules into public/vendor,
// where the host serves it. The copy is not committed: `npm ci` + this script rebuild it on a fresh clone.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'node_modules', 'botframework-webchat', 'dist');
const vendor = path.join(root, 'public', 'vendor');
const files = ['webchat.js', 'webchat.js.LICENSE.txt'];

if (!existsSync(path.join(dist, files[0]))) {
  console.error(`copy-bundle: ${dist} has no ${files[0]}; run "npm ci" in ${root} first.`);
  process.exit(1);
}
mkdirSync(vendor, { recursive: true });
for (const file of files) copyFileSync(path.join(dist, file), path.join(vendor, file));
console.log(`copy-bundle: Web Chat ${files[0]} copied to ${path.relative(process.cwd(), vendor) || '.'}`);
