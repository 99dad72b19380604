// Screenshots of each state of the pane at both task pane widths, into artifacts/addin/<prefix>-NN-<state>-<width>.png.
// Each test file has its own prefix (the files run in parallel), and clears only its own earlier screenshots.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PANE_WIDTHS } from './browser.js';
import { artifactsDir } from './paths.js';

export function screenshots(prefix) {
  mkdirSync(artifactsDir, { recursive: true });
  for (const file of readdirSync(artifactsDir)) {
    if (file.startsWith(`${prefix}-`) && file.endsWith('.png')) rmSync(path.join(artifactsDir, file));
  }
  let count = 0;
  /**
   * Shoots the whole page at every pane width and returns, per width, how far the content sticks out sideways
   * (0 when it fits; Office's pane has no room for a horizontal scrollbar).
   */
  return async function shoot(page, state) {
    const name = `${prefix}-${String(++count).padStart(2, '0')}-${state}`;
    const original = page.viewportSize();
    const overflow = {};
    try {
      for (const width of PANE_WIDTHS) {
        await page.setViewportSize({ width, height: original.height });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        overflow[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.screenshot({ path: path.join(artifactsDir, `${name}-${width}.png`), fullPage: true });
      }
    } finally {
      await page.setViewportSize(original);
    }
    return overflow;
  };
}
