// What a reader must see on a rendered card, read from the card itself: every text, fact and button title.

const visibleTextProperties = {
  TextBlock: ['text'],
  'Input.Toggle': ['title'],
  'Input.Text': ['label'],
};

function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((child) => walk(child, visit));
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

/** Whitespace as a browser lays it out: runs collapse to one space. */
export function normalize(text) {
  return text.replace(/\s+/g, ' ').trim();
}
