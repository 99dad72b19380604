import { app, authentication } from "@microsoft/teams-js";
import { readSettingsAddress, settingsState } from "./settings";

// Outside Teams the SDK never answers; say so instead of waiting.
const TeamsInitTimeoutMs = 5000;

function fillChoices(select: HTMLSelectElement, municipalities: string[], current: string): void {
  select.add(new Option("Hele regio (geen gemeente)", ""));
  for (const name of municipalities) select.add(new Option(name, name, false, name === current));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

async function start(): Promise<void> {
  const form = document.getElementById("settings") as HTMLFormElement;
  const select = document.getElementById("gemeente") as HTMLSelectElement;
  const status = document.getElementById("status") as HTMLElement;
  const { municipalities, current } = readSettingsAddress(window.location.search);
  fillChoices(select, municipalities, current);
  try {
    await withTimeout(app.initialize(), TeamsInitTimeoutMs);
  } catch {
    status.textContent = "Deze pagina hoort bij TeamBot in Microsoft Teams: open haar via Verwijsgids > Instellingen.";
    form.querySelectorAll("button").forEach((button) => (button.disabled = true));
    return;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    authentication.notifySuccess(settingsState(select.value));
  });
  document.getElementById("cancel")!.addEventListener("click", () => authentication.notifyFailure("geannuleerd"));
}

void start();
