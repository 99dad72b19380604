// @vitest-environment happy-dom
// The pane as a user drives it: real components, a fake host API, and the office-addin-mock
// documents from tests/helpers installed as the global Word/Excel.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../src/ui/Root";
import { ApiClient } from "../src/api";
import type { HostState } from "../src/office";
import { wordMock } from "./helpers/wordMock";
import { excelMock } from "./helpers/excelMock";

type Handler = (body: unknown, url: URL) => [number, unknown] | unknown;
type Routes = Record<string, Handler | unknown>;

const status = { mode: "local", user: null, canUpload: true, clientId: null, scope: null };
const base: Routes = {
  "GET /api/addin/status": status,
  "GET /api/templates": [{ name: "uitvoeringsplan-jeugd", fileName: "j.docx", fields: [] }, { name: "uitvoeringsplan-wmo", fileName: "w.docx", fields: [] }],
  "GET /api/plans": [{ name: "wmo-2023", title: "Uitvoeringsplan 2023 Wmo", year: 2023, kind: "uitvoeringsplan" }],
  "GET /api/plans/wmo-2023": { name: "wmo-2023", yaml: "naam: wmo-2023\n" },
  "POST /api/plans/costs": { kostenverdelingen: [{ titel: "Contractmanagement", totaal: 1000, regels: [{ gemeente: "Heerlen", bedrag: 1000, perSleutel: {} }] }], warnings: [] },
  "POST /api/plans/render": { fileName: "plan.docx", webUrl: null, pdfWebUrl: null, documentBase64: "UEsDBA==", warnings: ["Tabel 2 telt niet op."] },
  "GET /api/region/municipalities": { columns: ["Inwoners"], municipalities: [{ name: "Heerlen", values: { Inwoners: 86000 } }, { name: "Maastricht", values: { Inwoners: 121000 } }] },
};

function fakeApi(routes: Routes) {
  const calls: { key: string; body: unknown; auth?: string }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://pane.test");
    const key = `${init?.method ?? "GET"} ${url.pathname}`;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ key, body, auth: (init?.headers as Record<string, string>)?.Authorization });
    if (!(key in routes)) throw new TypeError("Failed to fetch");
    let answer = routes[key];
    if (typeof answer === "function") answer = (answer as Handler)(body, url);
    const [code, payload] = Array.isArray(answer) && typeof answer[0] === "number" && answer.length === 2 ? answer : [200, answer];
    return new Response(JSON.stringify(payload), { status: code as number, headers: { "Content-Type": "application/json" } });
  });
  return { api: new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch }), calls };
}

const g = globalThis as { Word?: unknown; Excel?: unknown };

async function choosePlan(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole("option", { name: "Uitvoeringsplan 2023 Wmo (2023)" });
  await user.selectOptions(screen.getByLabelText("Welk plan"), "wmo-2023");
  await screen.findByText("Contractmanagement");
}

function renderPane(host: HostState, routes: Routes) {
  const { api, calls } = fakeApi(routes);
  render(<Root api={api} detect={async () => host} />);
  return { calls, user: userEvent.setup() };
}

afterEach(() => {
  cleanup();
  delete g.Word;
  delete g.Excel;
});

describe("pane", () => {
  it("shows Plan and Vraag in Word, with the local-mode badge", async () => {
    renderPane({ kind: "ready", host: "Word" }, base);
    expect(await screen.findByRole("tab", { name: "Plan" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Vraag" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Kostenverdeling" })).toBeNull();
    expect(screen.getByText("lokale modus")).toBeTruthy();
  });

  it("shows Kostenverdeling and Vragenlog in Excel, and the signed-in user instead of the badge", async () => {
    g.Excel = excelMock().mock;
    renderPane({ kind: "ready", host: "Excel" }, { ...base, "GET /api/addin/status": { ...status, mode: "signedIn", user: "a.jansen@gemeente.nl" } });
    expect(await screen.findByRole("tab", { name: "Kostenverdeling" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Vragenlog" })).toBeTruthy();
    expect(screen.getByText("Aangemeld als a.jansen@gemeente.nl")).toBeTruthy();
    expect(screen.queryByText("lokale modus")).toBeNull();
  });

  it("says to open it in Word or Excel without Office", async () => {
    renderPane({ kind: "missing" }, base);
    expect(await screen.findByText(/Open dit in Word of Excel/)).toBeTruthy();
  });

  it("shows the unreachable state with a retry that recovers", async () => {
    let up = false;
    const { user } = renderPane({ kind: "ready", host: "Word" }, {
      ...base,
      "GET /api/addin/status": () => (up ? status : [503, {}]),
    });
    expect(await screen.findByText("TeamBot is niet bereikbaar. Controleer of TeamBot draait en probeer het opnieuw.")).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Plan" })).toBeNull();
    up = true;
    await user.click(screen.getByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByRole("tab", { name: "Plan" })).toBeTruthy();
  });

  it("tells a user outside the inkoopteam so, without a useless retry", async () => {
    renderPane({ kind: "ready", host: "Word" }, { ...base, "GET /api/templates": [403, { title: "Forbidden" }], "GET /api/plans": [403, {}] });
    expect(await screen.findByText("Alleen het inkoopteam mag dit.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Opnieuw proberen" })).toBeNull();
  });

  it("tells a user who is not signed in so", async () => {
    renderPane({ kind: "ready", host: "Word" }, { ...base, "GET /api/templates": [401, {}], "GET /api/plans": [401, {}] });
    expect(await screen.findByText("Je bent niet aangemeld.")).toBeTruthy();
  });
});

describe("Word: Plan", () => {
  it("previews the plan's costs, renders with upload, and replaces the body", async () => {
    const word = wordMock();
    g.Word = word.mock;
    const { calls, user } = renderPane({ kind: "ready", host: "Word" }, base);
    await choosePlan(user);
    expect(calls.find((c) => c.key === "POST /api/plans/costs")?.body).toEqual({ plan: "naam: wmo-2023\n" });

    await user.click(screen.getByLabelText("Opslaan in documentbibliotheek"));
    await user.click(screen.getByRole("button", { name: "Genereer" }));
    expect(await screen.findByText("Het plan staat in het document.")).toBeTruthy();
    expect(calls.find((c) => c.key === "POST /api/plans/render")?.body).toEqual({
      template: "uitvoeringsplan-jeugd", plan: "naam: wmo-2023\n", upload: true, pdf: false,
    });
    expect(word.files).toEqual([{ target: "body", base64: "UEsDBA==", location: "Replace" }]);
    expect(screen.getByText("Tabel 2 telt niet op.")).toBeTruthy();
  });

  it("inserts only at the cursor when chosen", async () => {
    const word = wordMock();
    g.Word = word.mock;
    const { user } = renderPane({ kind: "ready", host: "Word" }, base);
    await choosePlan(user);
    await user.click(screen.getByLabelText("Alleen op de cursor"));
    await user.click(screen.getByRole("button", { name: "Genereer" }));
    await screen.findByText("Het plan staat op de cursor.");
    expect(word.files.map((f) => f.target)).toEqual(["selection"]);
  });

  it("lists the located problems of a bad plan file and does not generate", async () => {
    g.Word = wordMock().mock;
    const problems = ["plan.yaml, regel 12: het veld 'jaar' ontbreekt."];
    const { user, calls } = renderPane({ kind: "ready", host: "Word" }, { ...base, "POST /api/plans/costs": [400, { title: "Het plan klopt niet", status: 400, problems }] });
    await user.click(await screen.findByLabelText("Bestand van schijf (.yaml)"));
    const file = new File(["naam: x\n"], "plan.yaml", { type: "application/yaml" });
    await user.upload(screen.getByLabelText("Planbestand (.yaml, hooguit 2 MB)"), file);
    expect(await screen.findByText(problems[0])).toBeTruthy();
    expect(screen.getByText("Het plan klopt niet")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Genereer" }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.find((c) => c.key === "POST /api/plans/costs")?.body).toEqual({ plan: "naam: x\n" });
  });

  it("refuses a plan file over 2 MB before sending it", async () => {
    g.Word = wordMock().mock;
    const { user, calls } = renderPane({ kind: "ready", host: "Word" }, base);
    await user.click(await screen.findByLabelText("Bestand van schijf (.yaml)"));
    const big = new File(["a".repeat(2 * 1024 * 1024 + 1)], "groot.yaml");
    await user.upload(screen.getByLabelText("Planbestand (.yaml, hooguit 2 MB)"), big);
    expect(await screen.findByText('"groot.yaml" is groter dan 2 MB.')).toBeTruthy();
    expect(calls.some((c) => c.key === "POST /api/plans/costs")).toBe(false);
  });

  it("shows Word's own error when inserting fails", async () => {
    const word = wordMock();
    (word.mock.context.document.body as unknown as { insertFileFromBase64: () => void }).insertFileFromBase64 = () => {
      throw new Error("Het document is alleen-lezen.");
    };
    g.Word = word.mock;
    const { user } = renderPane({ kind: "ready", host: "Word" }, base);
    await choosePlan(user);
    await user.click(screen.getByRole("button", { name: "Genereer" }));
    expect(await screen.findByText("Word kon het document niet invoegen: Het document is alleen-lezen.")).toBeTruthy();
  });
});

describe("Word: Vraag", () => {
  it("asks with the chosen gemeente and inserts the answer as a quote", async () => {
    const word = wordMock();
    g.Word = word.mock;
    const answer = { category: "contract", text: "Drie maanden.", sources: [{ title: "Raamovereenkomst", section: "art. 12" }], unsure: false };
    const { user, calls } = renderPane({ kind: "ready", host: "Word" }, { ...base, "POST /api/questions": answer });
    await user.click(await screen.findByRole("tab", { name: "Vraag" }));
    await user.type(screen.getByLabelText(/Je vraag over een contract/), "Wat is de opzegtermijn?");
    await waitFor(() => expect(screen.getByRole("option", { name: "Heerlen" })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText("Gemeente (optioneel)"), "Heerlen");
    await user.click(screen.getByRole("button", { name: "Vraag stellen" }));
    expect(await screen.findByText("Drie maanden.")).toBeTruthy();
    expect(calls.find((c) => c.key === "POST /api/questions")?.body).toEqual({ question: "Wat is de opzegtermijn?", municipality: "Heerlen" });
    await user.click(screen.getByRole("button", { name: "Invoegen" }));
    await screen.findByText(/Het antwoord staat als citaat/);
    expect(word.paragraphs.map((p) => [p.text, p.styleBuiltIn])).toEqual([["Drie maanden.", "Quote"], ["Bron: Raamovereenkomst, art. 12", "Normal"]]);
  });

  it("does not send an empty question", async () => {
    g.Word = wordMock().mock;
    const { user, calls } = renderPane({ kind: "ready", host: "Word" }, base);
    await user.click(await screen.findByRole("tab", { name: "Vraag" }));
    await user.click(screen.getByRole("button", { name: "Vraag stellen" }));
    expect(await screen.findByText("Typ eerst een vraag.")).toBeTruthy();
    expect(calls.some((c) => c.key === "POST /api/questions")).toBe(false);
  });
});

const gemeenten = {
  Gemeenten: { sheet: "Invoer", header: ["Gemeente", "Inwoners", "Jongeren"], rows: [["Heerlen", 86000, 15800], ["Maastricht", 121000, 21000]] },
};
const allocation = {
  titel: "Kostenverdeling", totaal: 250788, afronding: "Afgerond op hele euro's.",
  regels: [
    { gemeente: "Maastricht", aandeelPercent: 58.46, bedrag: 146606, perSleutel: { Inwoners: 146606 } },
    { gemeente: "Heerlen", aandeelPercent: 41.54, bedrag: 104182, perSleutel: { Inwoners: 104182 } },
  ],
};

describe("Excel: Kostenverdeling", () => {
  it("reads the Gemeenten table, posts the allocation and writes the result table", async () => {
    const excel = excelMock({ tables: gemeenten });
    g.Excel = excel.mock;
    const { user, calls } = renderPane({ kind: "ready", host: "Excel" }, { ...base, "POST /api/costs/allocate": allocation });
    expect(await screen.findByText('2 gemeenten uit tabel "Gemeenten"')).toBeTruthy();
    await user.type(screen.getByLabelText(/Te verdelen bedrag/), "250.788");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    expect(await screen.findByText('De kostenverdeling staat op blad "Kostenverdeling"')).toBeTruthy();
    expect(calls.find((c) => c.key === "POST /api/costs/allocate")?.body).toEqual({
      bedrag: 250788,
      afronding: "euro",
      sleutels: [{ naam: "Inwoners", gewichtPercent: 100, kolom: "Inwoners" }],
      gemeenten: [
        { gemeente: "Heerlen", waarden: { Inwoners: 86000, Jongeren: 15800 } },
        { gemeente: "Maastricht", waarden: { Inwoners: 121000, Jongeren: 21000 } },
      ],
    });
    expect(excel.rec.tables.map((t) => t.name)).toEqual(["Kostenverdeling"]);
  });

  it("checks that the weights add up to 100% before asking TeamBot", async () => {
    g.Excel = excelMock({ tables: gemeenten }).mock;
    const { user, calls } = renderPane({ kind: "ready", host: "Excel" }, base);
    await screen.findByText('2 gemeenten uit tabel "Gemeenten"');
    await user.type(screen.getByLabelText(/Te verdelen bedrag/), "1000");
    await user.click(screen.getByRole("button", { name: "Sleutel toevoegen" }));
    const second = screen.getByRole("group", { name: "Verdeelsleutel 2" });
    await user.type(within(second).getByLabelText("Gewicht (%)"), "20");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    expect(await screen.findByText("De gewichten tellen op tot 120%; dat moet 100% zijn.")).toBeTruthy();
    expect(calls.some((c) => c.key === "POST /api/costs/allocate")).toBe(false);
  });

  it("offers to fill the table from the region when it is missing", async () => {
    const excel = excelMock();
    g.Excel = excel.mock;
    const { user } = renderPane({ kind: "ready", host: "Excel" }, base);
    await user.click(await screen.findByRole("button", { name: "Vul uit de regio" }));
    await waitFor(() => expect(excel.rec.tables.map((t) => t.name)).toEqual(["Gemeenten"]));
    expect(excel.rec.range("Invoer", "A1:B3")?.values).toEqual([["Gemeente", "Inwoners"], ["Heerlen", 86000], ["Maastricht", 121000]]);
  });

  it("shows the located problems of a table with text in a number column", async () => {
    g.Excel = excelMock({ tables: { Gemeenten: { ...gemeenten.Gemeenten, rows: [["Heerlen", "veel", 1], ["Maastricht", 2, 3]] } } }).mock;
    renderPane({ kind: "ready", host: "Excel" }, base);
    expect(await screen.findByText('Blad "Invoer", rij 2, kolom "Inwoners" (B): "veel" is geen getal.')).toBeTruthy();
  });

  it("shows the host's 400 problems for the allocation", async () => {
    g.Excel = excelMock({ tables: gemeenten }).mock;
    const { user } = renderPane({ kind: "ready", host: "Excel" }, {
      ...base, "POST /api/costs/allocate": [400, { title: "De verdeling kan niet", status: 400, problems: ["Alle gemeenten hebben 0 in kolom 'Inwoners'."] }],
    });
    await screen.findByText('2 gemeenten uit tabel "Gemeenten"');
    await user.type(screen.getByLabelText(/Te verdelen bedrag/), "1000");
    await user.click(screen.getByRole("button", { name: "Bereken" }));
    expect(await screen.findByText("Alle gemeenten hebben 0 in kolom 'Inwoners'.")).toBeTruthy();
    expect(screen.getByText("De verdeling kan niet")).toBeTruthy();
  });
});

describe("Excel: Vragenlog", () => {
  it("says there are no questions yet, and writes nothing", async () => {
    const excel = excelMock();
    g.Excel = excel.mock;
    const { user, calls } = renderPane({ kind: "ready", host: "Excel" }, { ...base, "GET /api/log/questions": { rows: [] } });
    await user.click(await screen.findByRole("tab", { name: "Vragenlog" }));
    await user.click(screen.getByRole("button", { name: "Vragenlog ophalen" }));
    expect(await screen.findByText("Nog geen vragen in deze periode")).toBeTruthy();
    expect(calls.filter((c) => c.key === "GET /api/log/questions")).toHaveLength(1);
    expect(excel.rec.tables).toEqual([]);
    expect(excel.rec.addedSheets).toEqual([]);
  });

  it("asks the chosen period and writes the log with its chart", async () => {
    const excel = excelMock();
    g.Excel = excel.mock;
    const seen: string[] = [];
    const { user } = renderPane({ kind: "ready", host: "Excel" }, {
      ...base,
      "GET /api/log/questions": (_: unknown, url: URL) => {
        seen.push(url.search);
        return { rows: [{ week: "2026-W49", gemeente: "Heerlen", categorie: "contract", uitkomst: "beantwoord", feedback: "nuttig" }] };
      },
    });
    await user.click(await screen.findByRole("tab", { name: "Vragenlog" }));
    const from = screen.getByLabelText("Van");
    await user.clear(from);
    await user.type(from, "2026-03-01");
    await user.click(screen.getByRole("button", { name: "Vragenlog ophalen" }));
    expect(await screen.findByText('Het vragenlog staat op blad "Vragenlog"')).toBeTruthy();
    expect(seen[0]).toBe(`?from=2026-03-01&to=${new Date().getFullYear()}-12-31`);
    expect(excel.rec.charts.map((c) => c.type)).toEqual(["ColumnClustered"]);
  });
});
