// What a reader must see on a rendered card, read from the card itself: every text, fact and button title.
import { isChart } from './charts.js';

const visibleTextProperties = {
  TextBlock: ['text'],
  'Input.Toggle': ['title'],
  'Input.Text': ['label'],
};

/**
 * Walks what the renderer shows before anyone clicks: not into an Action.ShowCard's card (see showCards), and into a
 * fallback only where it is used, in place of an element the renderer does not know (a Teams chart).
 */
function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'card' && node.type === 'Action.ShowCard') continue;
      if (key === 'fallback' && !isChart(node)) continue;
      walk(child, visit);
    }
  }
}

/** A markdown backslash escape ("3\\." for "3.") shows as the character alone. */
export function unescapeMarkdown(text) {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The texts that must appear on the rendered card, as a reader sees them. */
export function expectedTexts(card) {
  const texts = [];
  walk(card, (node) => {
    for (const property of visibleTextProperties[node.type] ?? []) if (typeof node[property] === 'string') texts.push(node[property]);
    if (node.type === 'FactSet') node.facts.forEach((fact) => texts.push(fact.title, fact.value));
  });
  return texts.filter((text) => text.trim().length > 0).map(unescapeMarkdown);
}

/** The titles of every button, in the action bar and in ActionSets. */
export function expectedActionTitles(card) {
  const titles = [];
  walk(card, (node) => {
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && typeof node.title === 'string') titles.push(node.title);
  });
  return titles;
}

/**
 * The cards of the Action.ShowCards, each with the titles of the buttons to press to open it (a ShowCard inside a
 * ShowCard needs two), so a test can open it and check what it shows.
 */
export function showCards(card, path = []) {
  const found = [];
  walk(card, (node) => {
    if (node.type === 'Action.ShowCard' && node.card) {
      const opened = [...path, node.title];
      found.push({ path: opened, card: node.card }, ...showCards(node.card, opened));
    }
  });
  return found;
}

/** The titles of the charts (a reader of the fallback needs to know which figures these are). */
export function chartTitles(card) {
  const titles = [];
  walk(card, (node) => { if (isChart(node) && typeof node.title === 'string' && node.title.trim()) titles.push(node.title); });
  return titles.map(unescapeMarkdown);
}

/** Whitespace as a browser lays it out: runs collapse to one space. */
export function normalize(text) {
  return text.replace(/\s+/g, ' ').trim();
}
