// The local chat page: Web Chat over the host's own Direct Line endpoint, the gemeente and rol pickers,
// and the inkoopteam panel with the open escalations.
import { webChatGlobalize } from './dutch.js';
import { startPanel } from './panel.js';

const USER_ID = 'local-user';
const PICKS_KEY = 'teambot.lokaal';
const CONNECTION_LOST = new Set([3, 4, 5]); // Direct Line: ExpiredToken, FailedToConnect, Ended

const picks = loadPicks();

const webChatStrings = {
  TEXT_INPUT_PLACEHOLDER: 'Stel je vraag…',
  TEXT_INPUT_SEND_BUTTON_ALT: 'Verstuur',
  // Times as Dutch readers (and screen readers) say them: "10:30", never "10:30 a.m.".
  GLOBALIZE: webChatGlobalize,
};

const webChatStyle = {
  accent: '#0b6e75',
  botAvatarInitials: 'TB',
  botAvatarBackgroundColor: '#0b6e75',
  userAvatarInitials: 'JIJ',
  bubbleMaxWidth: 640,
  bubbleFromUserBackground: '#e3f1f2',
  bubbleFromUserBorderRadius: 8,
  bubbleBorderRadius: 8,
  hideUploadButton: true,
  primaryFont: "'Segoe UI', system-ui, sans-serif",
  rootHeight: '100%',
  sendBoxBorderTop: 'solid 1px #d0d7de',
};

function loadPicks() {
  try {
    const saved = JSON.parse(localStorage.getItem(PICKS_KEY) ?? '{}');
    return { gemeente: saved.gemeente ?? '', rol: saved.rol === 'inkoopteam' ? 'inkoopteam' : 'toegang' };
  } catch {
    return { gemeente: '', rol: 'toegang' };
  }
}

function savePicks() {
  localStorage.setItem(PICKS_KEY, JSON.stringify(picks));
}

function showStatus(text, withRestart = false) {
  const status = document.getElementById('status');
  status.replaceChildren(text);
  if (withRestart) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Nieuw gesprek';
    button.addEventListener('click', () => location.reload());
    status.append(' ', button);
  }
  status.hidden = false;
}

// Every activity the page sends says who is asking; the host believes it only from this machine.
function withPicks(action) {
  if (action.type !== 'DIRECT_LINE/POST_ACTIVITY') return action;
  const activity = action.payload.activity;
  const channelData = { ...activity.channelData, teambot: { gemeente: picks.gemeente, rol: picks.rol } };
  return { ...action, payload: { ...action.payload, activity: { ...activity, channelData } } };
}

async function fetchJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error?.message ?? body.message ?? `HTTP ${response.status}`);
  return body;
}

async function fillGemeenten() {
  const select = document.getElementById('gemeente');
  const gemeenten = await fetchJson('/api/local/gemeenten');
  for (const { name, regions } of gemeenten) {
    const option = new Option(name, name);
    option.title = regions.join(', ');
    select.append(option);
  }
  select.value = gemeenten.some((g) => g.name === picks.gemeente) ? picks.gemeente : '';
  picks.gemeente = select.value;
}

function wirePickers(panel) {
  const gemeente = document.getElementById('gemeente');
  const rol = document.getElementById('rol');
  rol.value = picks.rol;
  gemeente.addEventListener('change', () => { picks.gemeente = gemeente.value; savePicks(); });
  rol.addEventListener('change', () => { picks.rol = rol.value; savePicks(); panel.show(picks.rol === 'inkoopteam'); });
  document.getElementById('nieuw-gesprek').addEventListener('click', () => location.reload());
  panel.show(picks.rol === 'inkoopteam');
}

async function startChat() {
  const { token } = await fetchJson('/v3/directline/tokens/generate', { method: 'POST' });
  const directLine = window.WebChat.createDirectLine({
    token,
    domain: new URL('/v3/directline', location.origin).href,
    webSocket: false,
    pollingInterval: 1000,
  });
  directLine.connectionStatus$.subscribe((status) => {
    if (CONNECTION_LOST.has(status)) showStatus('De verbinding met TeamBot is verbroken (bijvoorbeeld na een herstart).', true);
  });
  const store = window.WebChat.createStore({}, () => (next) => (action) => next(withPicks(action)));
  window.WebChat.renderWebChat(
    { directLine, store, userID: USER_ID, username: 'Jij', locale: 'nl-NL', overrideLocalizedStrings: webChatStrings, styleOptions: webChatStyle },
    document.getElementById('webchat'),
  );
  document.querySelector('#webchat input, #webchat textarea')?.focus();
}

async function main() {
  if (!window.WebChat) {
    showStatus('Web Chat ontbreekt op deze server. Bouw TeamBot opnieuw met Node.js en npm geïnstalleerd (zie README).');
    return;
  }
  wirePickers(startPanel());
  try {
    await fillGemeenten();
    await startChat();
  } catch (error) {
    showStatus(`TeamBot is niet bereikbaar: ${error.message}`, true);
  }
}

main();
