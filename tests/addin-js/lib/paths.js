// Where the suite finds the host, the Office stub and keeps its screenshots.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const suiteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(suiteDir, '..', '..');
export const artifactsDir = path.join(repoRoot, 'artifacts', 'addin');
/** The pane's own recording Office stub (format documented at its top), served in place of office.js. */
export const officeStub = path.join(repoRoot, 'addin', 'e2e', 'office-stub.js');
