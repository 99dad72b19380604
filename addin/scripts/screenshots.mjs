// Screenshots of the built pane for a person to look at: serves dist/ at /addin/, injects
// e2e/office-stub.js in place of office.js, and either leaves the API missing (connection
// refused) or answers it with small sample data. Needs `npm run build` first and a Chromium.
//
//   node scripts/screenshots.mjs [outDir]      (default ../../addin-shots, i.e. /work/addin-shots)
//   CHROMIUM=/path/to/chromium node scripts/screenshots.mjs
import { createServer } from "node:http";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join, resolve, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const outDir = resolve(process.argv[2] ?? join(root, "..", "..", "addin-shots"));
const stub = join(root, "e2e", "office-stub.js");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error("dist/taskpane.html is missing: run `npm run build` first.");
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (!url.pathname.startsWith("/addin/")) {
    res.writeHead(404).end();
    return;
  }
  const file = normalize(join(dist, url.pathname.slice("/addin/".length)));
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/addin/taskpane.html`;

const plan = "naam: uitvoeringsplan-wmo-2023\ntitel: Uitvoeringsplan 2023 Wmo\njaar: 2023\n";
const sample = {
  "GET /api/addin/status": { mode: "local", user: null, canUpload: true, clientId: null, scope: null },
  "GET /api/templates": [
    { name: "uitvoeringsplan-jeugd", fileName: "uitvoeringsplan-jeugd.docx", fields: ["titel"] },
    { name: "uitvoeringsplan-wmo", fileName: "uitvoeringsplan-wmo.docx", fields: ["titel"] },
  ],
  "GET /api/plans": [
    { name: "uitvoeringsplan-wmo-2023", title: "Uitvoeringsplan 2023 Wmo", year: 2023, kind: "uitvoeringsplan" },
    { name: "evaluatie-jeugd-2024", title: "Evaluatie Jeugdhulp regio Zuid-Limburg", year: 2024, kind: "evaluatie" },
  ],
  "GET /api/plans/uitvoeringsplan-wmo-2023": { name: "uitvoeringsplan-wmo-2023", yaml: plan },
  "POST /api/plans/costs": {
    kostenverdelingen: [{
      titel: "Kosten contractmanagement Wmo 2023", totaal: 250788,
      regels: [
        { gemeente: "Maastricht", bedrag: 147258, perSleutel: { Inwoners: 147258 } },
        { gemeente: "Heerlen", bedrag: 62530, perSleutel: { Inwoners: 62530 } },
        { gemeente: "Sittard-Geleen", bedrag: 41000, perSleutel: { Inwoners: 41000 } },
      ],
    }],
    warnings: ["plan.yaml, regel 41 (kostenverdeling 'Kosten contractmanagement'): de regels tellen op tot € 250.788, het totaal is € 250.789."],
  },
  "POST /api/plans/render": { fileName: "Uitvoeringsplan 2023 Wmo.docx", webUrl: "https://example.sharepoint.com/sites/inkoop/Uitvoeringsplan%202023%20Wmo.docx", pdfWebUrl: null, documentBase64: "UEsDBBQAAAAIAA==", warnings: [] },
  "GET /api/region/municipalities": {
    columns: ["Inwoners", "Jongeren <20"],
    municipalities: [
      { name: "Heerlen", values: { Inwoners: 86000, "Jongeren <20": 15800 } },
      { name: "Maastricht", values: { Inwoners: 121000, "Jongeren <20": 21000 } },
      { name: "Sittard-Geleen", values: { Inwoners: 92000, "Jongeren <20": 16000 } },
    ],
  },
  "POST /api/questions": {
    category: "contract",
    text: "De opzegtermijn van de raamovereenkomst Jeugd is drie maanden.\n- Opzeggen gaat schriftelijk.\n- Stuur een kopie naar de contractmanager.",
    sources: [{ title: "Raamovereenkomst Jeugd 2024", section: "artikel 12.3" }],
    unsure: true,
  },
  "POST /api/costs/allocate": {
    titel: "Kostenverdeling € 250.788", totaal: 250788,
    regels: [
      { gemeente: "Maastricht", aandeelPercent: 40.6, bedrag: 101820, perSleutel: { Inwoners: 101820 } },
      { gemeente: "Sittard-Geleen", aandeelPercent: 30.87, bedrag: 77418, perSleutel: { Inwoners: 77418 } },
      { gemeente: "Heerlen", aandeelPercent: 28.53, bedrag: 71550, perSleutel: { Inwoners: 71550 } },
    ],
    afronding: "Bedragen afgerond op hele euro's; het afrondingsverschil is verrekend met de grootste gemeente.",
  },
  "GET /api/log/questions": { rows: [
    { week: "2026-W48", gemeente: "Heerlen", categorie: "contract", uitkomst: "beantwoord", feedback: "nuttig" },
    { week: "2026-W49", gemeente: "Maastricht", categorie: "casuistiek", uitkomst: "doorverwezen", feedback: null },
  ] },
};

const badPlan = {
  "POST /api/plans/costs": [400, {
    title: "Het plan klopt niet", status: 400,
    problems: [
      "plan.yaml, regel 12: het veld 'jaar' ontbreekt.",
      "plan.yaml, regel 30 (kostenverdeling 'Inkoop'): 'bedrag' moet een getal zijn, niet 'twee ton'.",
    ],
  }],
};

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--lang=nl-NL"] });
const shots = [];

async function open({ host, width, api, query = "", office = true }) {
  const page = await browser.newPage({ viewport: { width, height: 720 }, deviceScaleFactor: 1, locale: "nl-NL" });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    office ? route.fulfill({ path: stub, contentType: "application/javascript" }) : route.abort("internetdisconnected"));
  await page.route("**/api/**", (route) => {
    if (!api) return route.abort("connectionrefused");
    const url = new URL(route.request().url());
    const answer = api[`${route.request().method()} ${url.pathname}`];
    if (!answer) return route.fulfill({ status: 404, contentType: "application/problem+json", body: JSON.stringify({ title: "Niet gevonden", status: 404 }) });
    const [status, body] = Array.isArray(answer) && typeof answer[0] === "number" ? answer : [200, answer];
    return route.fulfill({ status, contentType: "application/json", body: JSON.stringify(body) });
  });
  page.on("pageerror", (error) => console.error(`page error (${host} ${width}):`, error.message));
  await page.goto(`${base}?host=${host}${query}`);
  return page;
}

async function shot(page, name) {
  await page.waitForTimeout(300);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  shots.push(path);
}

for (const width of [320, 500]) {
  for (const host of ["Word", "Excel"]) {
    const page = await open({ host, width, api: null });
    await page.getByText("TeamBot is niet bereikbaar").first().waitFor();
    await shot(page, `${host.toLowerCase()}-${width}-onbereikbaar`);
    await page.close();
  }

  let page = await open({ host: "none", width, api: sample });
  await page.getByText("Open dit in Word of Excel").waitFor();
  await shot(page, `geen-office-${width}`);
  await page.close();

  // office.js did not load at all: same message, without waiting.
  page = await open({ host: "Word", width, api: sample, office: false });
  await page.getByText("Open dit in Word of Excel").waitFor({ timeout: 3000 });
  await shot(page, `zonder-officejs-${width}`);
  await page.close();

  // Word: a stored plan with its cost preview, then generated and inserted.
  page = await open({ host: "Word", width, api: sample });
  await page.getByLabel("Welk plan").selectOption("uitvoeringsplan-wmo-2023");
  await page.getByText("Kosten contractmanagement Wmo 2023").waitFor();
  await page.getByLabel("Opslaan in documentbibliotheek").check();
  await page.getByRole("button", { name: "Genereer" }).click();
  await page.getByText("Het plan staat in het document.").waitFor();
  await shot(page, `word-${width}-plan`);
  await page.getByRole("tab", { name: "Vraag" }).click();
  await page.getByLabel("Je vraag over een contract").fill("Wat is de opzegtermijn van de raamovereenkomst Jeugd?");
  await page.getByLabel("Gemeente (optioneel)").selectOption("Heerlen");
  await page.getByRole("button", { name: "Vraag stellen" }).click();
  await page.getByRole("button", { name: "Invoegen" }).click();
  await page.getByText("Het antwoord staat als citaat").waitFor();
  await shot(page, `word-${width}-vraag`);
  await page.close();

  // Word: a plan the host rejects with located problems.
  page = await open({ host: "Word", width, api: { ...sample, ...badPlan } });
  await page.getByLabel("Welk plan").selectOption("uitvoeringsplan-wmo-2023");
  await page.getByText("Het plan klopt niet").waitFor();
  await shot(page, `word-${width}-plan-fout`);
  await page.close();

  // Excel: no Gemeenten table yet.
  page = await open({ host: "Excel", width, api: sample });
  await page.getByRole("button", { name: "Vul uit de regio" }).waitFor();
  await shot(page, `excel-${width}-geen-tabel`);
  await page.getByRole("button", { name: "Vul uit de regio" }).click();
  await page.getByText("3 gemeenten uit tabel").waitFor();
  await page.getByLabel("Te verdelen bedrag").fill("250.788");
  await page.getByRole("button", { name: "Bereken" }).click();
  await page.getByText("De kostenverdeling staat op blad").waitFor();
  await shot(page, `excel-${width}-kostenverdeling`);
  await page.getByRole("tab", { name: "Vragenlog" }).click();
  await page.getByRole("button", { name: "Vragenlog ophalen" }).click();
  await page.getByText("Het vragenlog staat op blad").waitFor();
  await shot(page, `excel-${width}-vragenlog`);
  await page.close();
}

await browser.close();
server.close();
console.log(shots.join("\n"));
