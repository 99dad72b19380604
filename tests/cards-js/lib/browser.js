// Headless Debian chromium with the official adaptivecards bundle served from node_modules (no CDN).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { markdownScript, rendererScript, rendererStyles } from './paths.js';
import { teamsHostConfig, teamsStyles } from './teams-host-config.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser() {
  if (!existsSync(chromiumPath)) throw new Error(`No chromium at ${chromiumPath}: apt-get install -y chromium (test.sh does this).`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that has the renderer (with markdown, as in Teams and Web Chat) and nothing else; the cards must not reach the network. */
export async function openRendererPage(browser) {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.setContent('<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><div id="frame"></div></body></html>');
  await page.addScriptTag({ path: markdownScript });
  await page.addScriptTag({ path: rendererScript });
  await page.addStyleTag({ path: rendererStyles });
  await page.addStyleTag({ content: teamsStyles });
  return page;
}

/**
 * Parses the card with a SerializationContext that collects every parse event, validates it, renders it into #frame,
 * and reports what the renderer said (each event with its ValidationEvent name) and what a reader sees.
 */
export async function renderCard(page, card, { hostConfig = teamsHostConfig, width = 520 } = {}) {
  const result = await page.evaluate(({ card, hostConfig, width }) => {
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
    frame.style.width = `${width}px`;
    frame.replaceChildren();
    if (element) frame.appendChild(element);
    const describe = (e) => ({ phase: e.phase, event: e.event, name: AC.ValidationEvent[e.event], message: e.message });
    return {
      rendered: !!element && element.childElementCount > 0,
      parseEvents: events.map(describe),
      validationEvents: validation.map(describe),
    };
  }, { card, hostConfig, width });
  return { ...result, ...(await visibleContent(page)) };
}

/** What a reader sees of the rendered card now: its text and the titles of its visible buttons. */
export function visibleContent(page) {
  return page.evaluate(() => {
    const frame = document.getElementById('frame');
    return {
      text: frame.innerText,
      buttons: [...frame.querySelectorAll('button')]
        .filter((b) => b.offsetParent !== null && b.getBoundingClientRect().width > 0)
        .map((b) => b.innerText || b.getAttribute('aria-label') || ''),
    };
  });
}

/** Presses the visible button with this title (an Action.ShowCard opens its card inline); false if there is none. */
export function pressButton(page, title) {
  return page.evaluate((title) => {
    const button = [...document.querySelectorAll('#frame button')]
      .find((b) => b.offsetParent !== null && b.innerText.replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim());
    button?.click();
    return !!button;
  }, title);
}

/** The boxes of the visible buttons with these titles, in the rendered card. */
export function buttonBoxes(page, titles) {
  return page.evaluate((titles) => Object.fromEntries(titles.map((title) => {
    const button = [...document.querySelectorAll('#frame button')].find((b) => b.offsetParent !== null && b.innerText.trim() === title);
    const box = button?.getBoundingClientRect();
    return [title, box ? { left: box.left, right: box.right, top: box.top, bottom: box.bottom } : null];
  })), titles);
}

/**
 * The words the rendered card breaks across two lines. A word is a run between the places a browser may break
 * (spaces, hyphens, slashes): "31-12-2028" may wrap after a hyphen, "Standaardantwoord" never in the middle
 * unless it is wider than the whole card.
 */
export function brokenWords(page) {
  return page.evaluate(() => {
    const broken = [];
    const frame = document.getElementById('frame');
    const padding = parseFloat(getComputedStyle(frame.firstElementChild).paddingLeft) * 2;
    const room = frame.clientWidth - padding;
    const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
    const measure = (node, match) => {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return { word: match[0], lines: new Set(rects.map((r) => Math.round(r.top))).size, width: rects.reduce((sum, r) => sum + r.width, 0) };
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = [...node.data.matchAll(/[^\s\-/]+/g)].map((match) => measure(node, match));
      // A word wider than the whole card has to break, and then the browser may break its neighbours anywhere too.
      if (words.some((w) => w.width > room)) continue;
      broken.push(...words.filter((w) => w.lines > 1).map((w) => w.word));
    }
    return broken;
  });
}
