// Where the suite finds the host and keeps its screenshots.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const suiteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(suiteDir, '..', '..');
export const artifactsDir = path.join(repoRoot, 'artifacts', 'webchat');
