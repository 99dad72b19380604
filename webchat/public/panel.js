// The inkoopteam panel: the open escalations, each with an answer box. It is refreshed while visible, and only
// adds and removes items, so an answer being typed is never wiped by a refresh.
import { shortDateTime } from './dutch.js';

const REFRESH_MS = 4000;
const CATEGORIES = { contract: 'Contractvraag', casuistiek: 'Casuïstiek', overig: 'Overig' };

const panel = document.getElementById('inkoopteam');
const list = document.getElementById('escalaties');
const empty = document.getElementById('geen-escalaties');
const notice = document.getElementById('panel-melding');
const template = document.getElementById('escalatie-sjabloon');
const items = new Map();
let timer;

function say(text) {
  notice.textContent = text;
  notice.hidden = !text;
}

function describe(escalation) {
  const parts = [escalation.municipality ?? 'gemeente onbekend', CATEGORIES[escalation.category] ?? escalation.category];
  parts.push(shortDateTime.format(new Date(escalation.openedAt)));
  return parts.join(' · ');
}

function render(escalation) {
  const item = template.content.firstElementChild.cloneNode(true);
  item.dataset.id = escalation.id;
  item.querySelector('.nummer').textContent = `#${escalation.id}`;
  item.querySelector('.kenmerken').textContent = describe(escalation);
  item.querySelector('.te-laat').hidden = !escalation.overdue;
  item.querySelector('.vraag').textContent = escalation.question;
  if (escalation.botAnswer) {
    const details = item.querySelector('.bot-antwoord');
    details.querySelector('p').textContent = escalation.botAnswer;
    details.hidden = false;
  }
  item.querySelector('form').addEventListener('submit', (event) => answer(event, escalation.id, item));
  return item;
}

async function answer(event, id, item) {
  event.preventDefault();
  const form = event.target;
  const error = form.querySelector('.fout');
  const button = form.querySelector('button');
  button.disabled = true;
  error.hidden = true;
  try {
    const response = await fetch(`/api/local/escalations/${id}/answer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answer: form.answer.value, saveAsFaq: form.saveAsFaq.checked }),
    });
    const body = await response.json().catch(() => ({}));
    // Errors are RFC 7807 problem details; their Dutch problems are in 'problems'.
    if (!response.ok) throw new Error(body.problems?.join(' ') ?? body.detail ?? `HTTP ${response.status}`);
    item.remove();
    items.delete(id);
    empty.hidden = items.size > 0;
    say(`Escalatie #${id}: ${body.message}`);
  } catch (failure) {
    error.textContent = failure.message;
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
}

async function refresh() {
  try {
    const response = await fetch('/api/local/escalations');
    const open = await response.json();
    if (!response.ok) throw new Error(open.problems?.join(' ') ?? open.detail ?? `HTTP ${response.status}`);
    const ids = new Set(open.map((e) => e.id));
    for (const [id, item] of items) if (!ids.has(id)) { item.remove(); items.delete(id); }
    for (const escalation of open) {
      if (items.has(escalation.id)) continue;
      const item = render(escalation);
      items.set(escalation.id, item);
      list.append(item);
    }
    empty.hidden = items.size > 0;
  } catch (failure) {
    say(`De escalaties konden niet worden geladen: ${failure.message}`);
  }
}

export function startPanel() {
  document.getElementById('vernieuwen').addEventListener('click', refresh);
  return {
    show(visible) {
      panel.hidden = !visible;
      clearInterval(timer);
      if (!visible) return;
      refresh();
      timer = setInterval(refresh, REFRESH_MS);
    },
  };
}
