// Headless Debian chromium with the official adaptivecards bundle served from node_modules (no CDN).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { rendererScript, rendererStyles } from './paths.js';
import { teamsHostConfig, teamsStyles } from './teams-host-config.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser() {
  if (!existsSync(chromiumPath)) throw new Error(`No chromium at ${chromiumPath}: apt-get install -y chromium (test.sh does this).`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that has the renderer loaded and nothing else; the cards must not reach the network. */
export async function openRendererPage(browser) {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.setContent('<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><div id="frame"></div></body></html>');
  await page.addScriptTag({ path: rendererScript });
  await page.addStyleTag({ path: rendererStyles });
  await page.addStyleTag({ content: teamsStyles });
  return page;
}

/**
 * Parses the card with a SerializationContext that collects every parse event, validates it, renders it into #frame,
 * and reports what the renderer said and what a reader sees.
 */
export function renderCard(page, card) {
  return page.evaluate(({ card, hostConfig }) => {
    const AC = window.AdaptiveCards;
    const adaptiveCard = new AC.AdaptiveCard();
    adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    adaptiveCard.parse(card, context);
    const events = [];
    for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
    const validation = adaptiveCard.validateProperties().validationEvents;
    const element = adaptiveCard.render();
    const frame = document.getElementById('frame');
    frame.replaceChildren();
    if (element) frame.appendChild(element);
    const describe = (e) => ({ phase: e.phase, event: e.event, message: e.message });
    return {
      rendered: !!element && element.childElementCount > 0,
      parseEvents: events.map(describe),
      validationEvents: validation.map(describe),
      text: frame.innerText,
      buttons: [...frame.querySelectorAll('button')]
        .filter((b) => b.offsetParent !== null && b.getBoundingClientRect().width > 0)
        .map((b) => b.innerText || b.getAttribute('aria-label') || ''),
    };
  }, { card, hostConfig: teamsHostConfig });
}
