// The compose-box search's settings: read from the page's address (the bot puts the region's gemeenten and the
// current choice there), handed back to Teams as a JSON state the bot reads in composeExtension/setting.

export interface SettingsChoice {
  municipalities: string[];
  current: string;
}

/** Gemeente names are short; the bot sends a region's, so anything past these bounds is not ours. */
const MaxMunicipalities = 200;
const MaxNameLength = 100;

export function readSettingsAddress(search: string): SettingsChoice {
  const query = new URLSearchParams(search);
  const municipalities = (query.get("gemeenten") ?? "")
    .split(";")
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= MaxNameLength)
    .slice(0, MaxMunicipalities);
  const current = (query.get("gemeente") ?? "").trim();
  return { municipalities, current: municipalities.includes(current) ? current : "" };
}

/** The state of composeExtension/setting: {"gemeente": "..."}, empty for "hele regio". */
export function settingsState(municipality: string): string {
  return JSON.stringify({ gemeente: municipality });
}
