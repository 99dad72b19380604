// The Teams-only chart elements in a card, and what the adaptivecards renderer (which cannot draw them) says about them.

/** Chart.Line, Chart.Donut, ...: Teams draws them; the adaptivecards renderer and Teams mobile show their fallback. */
export function isChart(node) {
  return typeof node?.type === 'string' && node.type.startsWith('Chart.');
}

/** Every node of the card, fallbacks and Action.ShowCard cards included. */
function walkAll(node, visit) {
  if (Array.isArray(node)) node.forEach((child) => walkAll(child, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((child) => walkAll(child, visit));
  }
}

/** Whether the card has a chart anywhere (then the Teams card schema applies to it). */
export function usesCharts(card) {
  let found = false;
  walkAll(card, (node) => { found ||= isChart(node); });
  return found;
}

/** What the renderer (adaptivecards 3.0.6) logs for every element type it does not know, with a fallback or without. */
export function unknownElementMessage(type) {
  return `Unknown element type "${type}". Fallback will be used if present.`;
}

/**
 * The renderer's parse events the card does not explain. The renderer logs the same UnknownElementType event for a
 * chart with a fallback (which it then shows) as for one without (which it drops, with everything it said), so the
 * event is excused by the card: one event per chart whose fallback is an element. The charts counted are the ones
 * the renderer parses: everywhere in the card (Action.ShowCard cards are parsed with it), except inside the fallback
 * of an element the renderer knows (that fallback is never used). Every other event is returned as it came.
 */
export function unexcusedParseEvents(card, events) {
  const excuses = [];
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if (isChart(node) && node.fallback && typeof node.fallback === 'object') excuses.push(unknownElementMessage(node.type));
      for (const [key, child] of Object.entries(node)) if (key !== 'fallback' || isChart(node)) visit(child);
    }
  };
  visit(card);
  return events.filter((event) => {
    const excuse = event.name === 'UnknownElementType' ? excuses.indexOf(event.message) : -1;
    if (excuse >= 0) excuses.splice(excuse, 1);
    return excuse < 0;
  });
}
