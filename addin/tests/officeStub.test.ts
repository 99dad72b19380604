// @vitest-environment happy-dom
// The e2e stub must behave like Office for the pane's own modules, or the e2e test would
// check the stub instead of the pane: drive the real modules through it here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { detectHost, runExcel, runWord } from "../src/office";
import { insertDocument } from "../src/word/insertDocument";
import { insertAnswer } from "../src/word/insertAnswer";
import { createGemeentenTable, readGemeentenTable } from "../src/excel/gemeentenTable";
import { writeAllocationTable } from "../src/excel/allocationTable";
import { writeQuestionLog } from "../src/excel/questionLog";

const stub = readFileSync(resolve(import.meta.dirname, "../e2e/office-stub.js"), "utf8");

type Calls = Record<string, any>;
const w = window as unknown as { __officeCalls: Calls; __officeStubConfig?: unknown; Office?: unknown; Word?: unknown; Excel?: unknown };

function loadStub(query: string) {
  window.history.replaceState({}, "", `/addin/taskpane.html${query}`);
  delete w.Word;
  delete w.Excel;
  delete w.__officeStubConfig;
  new window.Function(stub)();
  return w.__officeCalls;
}

describe("e2e/office-stub.js", () => {
  beforeEach(() => {
    delete w.Office;
  });

  it("reports the host from ?host= through onReady", async () => {
    loadStub("?host=Excel");
    expect(await detectHost()).toEqual({ kind: "ready", host: "Excel" });
    loadStub("?host=none");
    expect(await detectHost()).toEqual({ kind: "other", host: null });
    loadStub("");
    expect(await detectHost()).toEqual({ kind: "ready", host: "Word" });
  });

  it("records Word inserts of documents and answers", async () => {
    const calls = loadStub("?host=Word");
    await runWord((context) => insertDocument(context, "UEsDBA==", "document"));
    await runWord((context) => insertDocument(context, "UEsDBA==", "cursor"));
    await runWord((context) => insertAnswer(context, { category: "contract", text: "Ja.\n- zo", sources: [{ title: "Contract", section: "art. 2" }], unsure: false }));
    expect(calls.fileInserts).toEqual([
      { target: "body", base64: "UEsDBA==", location: "Replace" },
      { target: "selection", base64: "UEsDBA==", location: "Replace" },
    ]);
    expect(calls.paragraphs).toEqual([
      { text: "Ja.", location: "After", relativeTo: "selection", styleBuiltIn: "Quote", style: undefined, italic: undefined },
      { text: "• zo", location: "After", relativeTo: 0, styleBuiltIn: "Quote", style: undefined, italic: undefined },
      { text: "Bron: Contract, art. 2", location: "After", relativeTo: 1, styleBuiltIn: "Normal", style: undefined, italic: true },
    ]);
    expect(calls.syncs).toBe(3);
  });

  it("can make an Office call fail", async () => {
    loadStub("?host=Word");
    w.__officeStubConfig = { fail: { insertFileFromBase64: "Het document is alleen-lezen." } };
    await expect(runWord((context) => insertDocument(context, "UEs=", "document"))).rejects.toThrow("Het document is alleen-lezen.");
  });

  it("reads a seeded Gemeenten table, and one the pane filled from the region", async () => {
    loadStub("?host=Excel&gemeenten=sample");
    const read = await runExcel((context) => readGemeentenTable(context));
    expect(read.kind === "ok" && read.table.gemeenten[0]).toEqual({ gemeente: "Heerlen", waarden: { Inwoners: 86000, "Jongeren <20": 15800 } });

    const calls = loadStub("?host=Excel");
    expect(await runExcel((context) => readGemeentenTable(context))).toEqual({ kind: "missing" });
    await runExcel((context) => createGemeentenTable(context, { columns: ["Inwoners"], municipalities: [{ name: "Heerlen", values: { Inwoners: 86000 } }] }));
    const again = await runExcel((context) => readGemeentenTable(context));
    expect(again).toEqual({ kind: "ok", table: { sheet: "Invoer", columns: ["Inwoners"], ignored: [], gemeenten: [{ gemeente: "Heerlen", waarden: { Inwoners: 86000 } }] } });
    expect(calls.sheetsAdded).toEqual(["Invoer"]);
    expect(calls.tables[0]).toMatchObject({ sheet: "Invoer", name: "Gemeenten", address: "A1:B2", values: [["Gemeente", "Inwoners"], ["Heerlen", 86000]] });
  });

  it("records the allocation table with totals and formats, and replaces it on a second run", async () => {
    const calls = loadStub("?host=Excel");
    const allocation = {
      titel: "Kostenverdeling", totaal: 100, afronding: "Afgerond op hele euro's.",
      regels: [{ gemeente: "Heerlen", aandeelPercent: 100, bedrag: 100, perSleutel: { Inwoners: 100 } }],
    };
    const sleutels = [{ naam: "Inwoners", gewichtPercent: 100, kolom: "Inwoners" }];
    await runExcel((context) => writeAllocationTable(context, allocation, sleutels, "euro"));
    await runExcel((context) => writeAllocationTable(context, allocation, sleutels, "euro"));
    expect(calls.sheetsAdded).toEqual(["Kostenverdeling"]);
    expect(calls.sheetsCleared).toEqual(["Kostenverdeling"]);
    expect(calls.deletedTables).toEqual(["Kostenverdeling"]);
    expect(calls.tables[1]).toMatchObject({
      name: "Kostenverdeling", address: "A3:D4", showTotals: true,
      values: [["Gemeente", "Inwoners (€)", "Aandeel (%)", "Bedrag (€)"], ["Heerlen", 100, 1, 100]],
      totalsFormulas: [["Totaal", "=SUBTOTAL(109,B4:B4)", "=SUBTOTAL(109,C4:C4)", "=SUBTOTAL(109,D4:D4)"]],
    });
    expect(calls.ranges["Kostenverdeling!D4:D5"].numberFormat).toEqual([["€ #,##0"], ["€ #,##0"]]);
    expect(calls.ranges["Kostenverdeling!A7"]).toMatchObject({ values: [["Afgerond op hele euro's."]], italic: true });
  });

  it("records the question log table and its chart, deleting the old chart", async () => {
    const calls = loadStub("?host=Excel");
    const rows = [{ week: "2026-W01", gemeente: "Heerlen", categorie: "contract", uitkomst: "beantwoord", feedback: null }];
    await runExcel((context) => writeQuestionLog(context, rows));
    await runExcel((context) => writeQuestionLog(context, rows));
    expect(calls.charts).toHaveLength(2);
    expect(calls.charts[1]).toMatchObject({
      sheet: "Vragenlog", type: "ColumnClustered", source: "Vragenlog!G1:H2", sourceValues: [["Week", "Vragen"], ["2026-W01", 1]],
      title: "Vragen per week", legendVisible: false,
    });
    expect(calls.deletedCharts).toEqual(["Vragenlog#0"]);
    expect(calls.tables[1]).toMatchObject({ name: "Vragenlog", values: [["Week", "Gemeente", "Categorie", "Uitkomst", "Feedback"], ["2026-W01", "Heerlen", "contract", "beantwoord", ""]] });
  });
});
