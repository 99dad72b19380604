import { describe, expect, it, vi } from "vitest";
import { excelMock } from "./helpers/excelMock";
import { createGemeentenTable, readGemeentenTable } from "../src/excel/gemeentenTable";
import { allocationHeaders, writeAllocationTable } from "../src/excel/allocationTable";
import { questionsPerWeek, writeQuestionLog } from "../src/excel/questionLog";
import { blockAddress, columnLetter } from "../src/excel/cells";
import { InputError } from "../src/office";
import type { Allocation, QuestionLogRow, Region, Sleutel } from "../src/types";

const header = ["Gemeente", "Inwoners", "Jongeren <20", "Opmerking"];

async function readProblems(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("cells", () => {
  it("names columns and blocks like Excel", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(blockAddress(3, 1, 4, 5)).toBe("A3:E6");
    expect(blockAddress(2, 2, 1, 1)).toBe("B2");
  });
});

describe("readGemeentenTable", () => {
  it("reads the gemeenten and their numeric columns, skipping text columns and blank rows", async () => {
    const { mock } = excelMock({
      tables: {
        Gemeenten: {
          sheet: "Invoer",
          header,
          rows: [
            ["Heerlen", 86000, 15800, "centrumgemeente"],
            ["Maastricht", 121000, 21000, ""],
            ["", null, "", ""],
          ],
        },
      },
    });
    const result = await mock.run((context) => readGemeentenTable(context));
    expect(result).toEqual({
      kind: "ok",
      table: {
        sheet: "Invoer",
        columns: ["Inwoners", "Jongeren <20"],
        ignored: ["Opmerking"],
        gemeenten: [
          { gemeente: "Heerlen", waarden: { Inwoners: 86000, "Jongeren <20": 15800 } },
          { gemeente: "Maastricht", waarden: { Inwoners: 121000, "Jongeren <20": 21000 } },
        ],
      },
    });
  });

  it("says the table is missing when the workbook has none", async () => {
    const { context } = excelMock();
    expect(await readGemeentenTable(context)).toEqual({ kind: "missing" });
  });

  it("rejects a table without a Gemeente column, listing what it found", async () => {
    const { context } = excelMock({
      tables: { Gemeenten: { sheet: "Data", header: ["Naam", "Inwoners"], rows: [["Heerlen", 86000]] } },
    });
    const error = await readProblems(readGemeentenTable(context));
    expect(error.message).toBe('De tabel "Gemeenten" op blad "Data" heeft geen kolom "Gemeente".');
    expect(error.problems[0]).toContain('Gevonden kolommen: "Naam", "Inwoners".');
  });

  it("rejects a table without any numeric column", async () => {
    const { context } = excelMock({
      tables: { Gemeenten: { sheet: "Invoer", header: ["Gemeente", "Regio"], rows: [["Heerlen", "Zuid"]] } },
    });
    const error = await readProblems(readGemeentenTable(context));
    expect(error.message).toBe('De tabel "Gemeenten" op blad "Invoer" heeft naast "Gemeente" geen kolom met getallen.');
  });

  it("names sheet, row and column of every cell that is not a number", async () => {
    // Header in row 2 starting at column B: data rows are sheet rows 3..6, columns B..D.
    const { context } = excelMock({
      tables: {
        Gemeenten: {
          sheet: "Invoer",
          header: ["Gemeente", "Inwoners", "Jongeren <20"],
          rowIndex: 1,
          columnIndex: 1,
          rows: [
            ["Heerlen", 86000, 15800],
            ["Maastricht", "ca. 121.000", 21000],
            ["Sittard-Geleen", 92000, null],
            ["", 1000, 10],
            ["Heerlen", 5, -3],
          ],
        },
      },
    });
    const error = await readProblems(readGemeentenTable(context));
    expect(error.message).toBe('De tabel "Gemeenten" op blad "Invoer" kan zo niet gebruikt worden.');
    expect(error.problems).toEqual([
      'Blad "Invoer", rij 4, kolom "Inwoners" (C): "ca. 121.000" is geen getal.',
      'Blad "Invoer", rij 5, kolom "Jongeren <20" (D): de cel is leeg; vul een getal in (0 mag).',
      'Blad "Invoer", rij 6, kolom "Gemeente" (B): de naam van de gemeente ontbreekt.',
      'Blad "Invoer", rij 7, kolom "Gemeente" (B): "Heerlen" staat ook al in rij 3.',
      'Blad "Invoer", rij 7, kolom "Jongeren <20" (D): -3 is negatief.',
    ]);
  });

  it("rejects a table with only blank rows", async () => {
    const { context } = excelMock({
      tables: { Gemeenten: { sheet: "Invoer", header: ["Gemeente", "Inwoners"], rows: [["", null]] } },
    });
    const error = await readProblems(readGemeentenTable(context));
    expect(error.message).toBe('De tabel "Gemeenten" op blad "Invoer" heeft nog geen gemeenten.');
  });
});

const region: Region = {
  columns: ["Inwoners", "Jongeren <20"],
  municipalities: [
    { name: "Heerlen", values: { Inwoners: 86000, "Jongeren <20": 15800 } },
    { name: "Maastricht", values: { Inwoners: 121000 } },
  ],
};

describe("createGemeentenTable", () => {
  it("adds sheet Invoer with a Gemeenten table from the region", async () => {
    const { mock, rec } = excelMock();
    const written = await mock.run((context) => createGemeentenTable(context, region));
    expect(written).toBe(2);
    expect(rec.addedSheets).toEqual(["Invoer"]);
    expect(rec.range("Invoer", "A1:C3")?.values).toEqual([
      ["Gemeente", "Inwoners", "Jongeren <20"],
      ["Heerlen", 86000, 15800],
      ["Maastricht", 121000, ""],
    ]);
    expect(rec.tables).toMatchObject([{ sheet: "Invoer", address: "A1:C3", hasHeaders: true, name: "Gemeenten" }]);
    expect(rec.range("Invoer", "B2:C3")?.numberFormat).toEqual([["#,##0", "#,##0"], ["#,##0", "#,##0"]]);
    expect(rec.activated).toEqual(["Invoer"]);
  });

  it("uses an existing empty Invoer sheet", async () => {
    const { context, rec } = excelMock({ sheets: { Invoer: { used: false } } });
    await createGemeentenTable(context, region);
    expect(rec.addedSheets).toEqual([]);
    expect(rec.tables[0]).toMatchObject({ sheet: "Invoer", name: "Gemeenten" });
  });

  it("does not write over an Invoer sheet that holds data", async () => {
    const { context, rec } = excelMock({ sheets: { Invoer: { used: true } } });
    const error = await readProblems(createGemeentenTable(context, region));
    expect(error.message).toBe('Het blad "Invoer" bestaat al en is niet leeg.');
    expect(rec.ranges).toEqual([]);
    expect(rec.tables).toEqual([]);
  });

  it("does not make a second Gemeenten table", async () => {
    const { context, rec } = excelMock({
      tables: { Gemeenten: { sheet: "Elders", header: ["Gemeente", "Inwoners"], rows: [["Heerlen", 1]] } },
    });
    const error = await readProblems(createGemeentenTable(context, region));
    expect(error.message).toBe('De werkmap heeft al een tabel "Gemeenten".');
    expect(rec.addedSheets).toEqual([]);
  });

  it("says so when the region has no gemeenten", async () => {
    const { context } = excelMock();
    const error = await readProblems(createGemeentenTable(context, { columns: [], municipalities: [] }));
    expect(error.message).toBe("TeamBot kent nog geen gemeenten in de regio.");
  });
});

const sleutels: Sleutel[] = [
  { naam: "Inwoners", gewichtPercent: 60, kolom: "Inwoners" },
  { naam: "Jongeren", gewichtPercent: 40, kolom: "Jongeren <20" },
];
const allocation: Allocation = {
  titel: "Kostenverdeling 250.788 euro",
  totaal: 250788,
  regels: [
    { gemeente: "Maastricht", aandeelPercent: 58.5, bedrag: 146711, perSleutel: { Inwoners: 88000, Jongeren: 58711 } },
    { gemeente: "Heerlen", aandeelPercent: 41.5, bedrag: 104077, perSleutel: { Inwoners: 62473, Jongeren: 41604 } },
  ],
  afronding: "Bedragen afgerond op hele euro's; het afrondingsverschil is verrekend met de grootste gemeente.",
};

describe("writeAllocationTable", () => {
  it("writes a Kostenverdeling table with totals, formats and the rounding note", async () => {
    const { mock, rec } = excelMock();
    const layout = await mock.run((context) => writeAllocationTable(context, allocation, sleutels, "euro"));

    expect(rec.addedSheets).toEqual(["Kostenverdeling"]);
    expect(rec.range("Kostenverdeling", "A1")).toMatchObject({ values: [["Kostenverdeling 250.788 euro"]], format: { font: { bold: true, size: 14 } } });
    expect(rec.range("Kostenverdeling", "A3:E5")?.values).toEqual([
      ["Gemeente", "Inwoners (€)", "Jongeren (€)", "Aandeel (%)", "Bedrag (€)"],
      ["Maastricht", 88000, 58711, 0.585, 146711],
      ["Heerlen", 62473, 41604, 0.415, 104077],
    ]);
    const table = rec.tables[0];
    expect(table).toMatchObject({ address: "A3:E5", hasHeaders: true, name: "Kostenverdeling", showTotals: true });
    expect(table.totalRow.formulas).toEqual([
      ["Totaal", "=SUBTOTAL(109,B4:B5)", "=SUBTOTAL(109,C4:C5)", "=SUBTOTAL(109,D4:D5)", "=SUBTOTAL(109,E4:E5)"],
    ]);
    expect(rec.range("Kostenverdeling", "B4:C6")?.numberFormat).toEqual([
      ["€ #,##0", "€ #,##0"], ["€ #,##0", "€ #,##0"], ["€ #,##0", "€ #,##0"],
    ]);
    expect(rec.range("Kostenverdeling", "D4:D6")?.numberFormat).toEqual([["0.00%"], ["0.00%"], ["0.00%"]]);
    expect(rec.range("Kostenverdeling", "E4:E6")?.numberFormat).toEqual([["€ #,##0"], ["€ #,##0"], ["€ #,##0"]]);
    expect(layout).toEqual({ tableAddress: "A3:E6", totalRow: 6, noteAddress: "A8" });
    expect(rec.range("Kostenverdeling", "A8")).toMatchObject({ values: [[allocation.afronding]], format: { font: { italic: true } } });
    expect(rec.range("Kostenverdeling", "A9")?.values).toEqual([
      ["Verdeelsleutels: Inwoners 60% (kolom Inwoners), Jongeren 40% (kolom Jongeren <20)"],
    ]);
    expect(rec.activated).toEqual(["Kostenverdeling"]);
  });

  it("the written rows add up to the total the host reported", async () => {
    const { context, rec } = excelMock();
    await writeAllocationTable(context, allocation, sleutels, "euro");
    const rows = rec.range("Kostenverdeling", "A3:E5")!.values!.slice(1);
    expect(rows.reduce((sum, row) => sum + (row[4] as number), 0)).toBe(allocation.totaal);
  });

  it("uses cent formats when rounding to cents", async () => {
    const { context, rec } = excelMock();
    await writeAllocationTable(context, allocation, sleutels.slice(0, 1), "cent");
    expect(rec.range("Kostenverdeling", "B4:B6")?.numberFormat).toEqual([["€ #,##0.00"], ["€ #,##0.00"], ["€ #,##0.00"]]);
    expect(rec.range("Kostenverdeling", "D4:D6")?.numberFormat?.[0]).toEqual(["€ #,##0.00"]);
  });

  it("replaces an earlier Kostenverdeling: deletes its table and clears the sheet", async () => {
    const { context, rec } = excelMock({
      sheets: { Kostenverdeling: { used: true } },
      tables: { Kostenverdeling: { sheet: "Kostenverdeling", header: ["Gemeente"], rows: [] } },
    });
    const sync = vi.spyOn(context, "sync");
    await writeAllocationTable(context, allocation, sleutels, "euro");
    expect(rec.deletedTables).toEqual(["Kostenverdeling"]);
    expect(rec.addedSheets).toEqual([]);
    expect(rec.range("Kostenverdeling", "*")?.cleared).toBe(true);
    expect(rec.tables).toHaveLength(1);
    expect(sync).toHaveBeenCalled();
  });

  it("keeps column headers unique when a sleutel is called like a fixed column", () => {
    expect(allocationHeaders([{ naam: "Bedrag", gewichtPercent: 50, kolom: "A" }, { naam: "Bedrag", gewichtPercent: 50, kolom: "B" }]))
      .toEqual(["Gemeente", "Bedrag 2 (€)", "Bedrag 3 (€)", "Aandeel (%)", "Bedrag (€)"]);
  });
});

const logRows: QuestionLogRow[] = [
  { week: "2026-W10", gemeente: "Heerlen", categorie: "contract", uitkomst: "beantwoord", feedback: "nuttig" },
  { week: "2026-W09", gemeente: "Maastricht", categorie: "casuistiek", uitkomst: "doorverwezen", feedback: null },
  { week: "2026-W10", gemeente: "Heerlen", categorie: "overig", uitkomst: "beantwoord", feedback: "niet nuttig" },
];

describe("writeQuestionLog", () => {
  it("counts questions per week in calendar order", () => {
    expect(questionsPerWeek(logRows)).toEqual([["2026-W09", 1], ["2026-W10", 2]]);
    expect(questionsPerWeek([
      { ...logRows[0], week: "2025-W52" }, { ...logRows[0], week: "2026-W01" }, { ...logRows[0], week: "2026-W02" },
    ]).map(([w]) => w)).toEqual(["2025-W52", "2026-W01", "2026-W02"]);
  });

  it("writes a Vragenlog table, a per-week summary and a column chart of it", async () => {
    const { mock, rec } = excelMock();
    const layout = await mock.run((context) => writeQuestionLog(context, logRows));
    expect(layout).toEqual({ tableAddress: "A1:E4", summaryAddress: "G1:H3", weeks: 2 });
    expect(rec.addedSheets).toEqual(["Vragenlog"]);
    expect(rec.range("Vragenlog", "A1:E4")?.values).toEqual([
      ["Week", "Gemeente", "Categorie", "Uitkomst", "Feedback"],
      ["2026-W10", "Heerlen", "contract", "beantwoord", "nuttig"],
      ["2026-W09", "Maastricht", "casuistiek", "doorverwezen", ""],
      ["2026-W10", "Heerlen", "overig", "beantwoord", "niet nuttig"],
    ]);
    expect(rec.tables).toMatchObject([{ address: "A1:E4", name: "Vragenlog", hasHeaders: true }]);
    expect(rec.range("Vragenlog", "G1:H3")?.values).toEqual([["Week", "Vragen"], ["2026-W09", 1], ["2026-W10", 2]]);
    expect(rec.charts).toHaveLength(1);
    const chart = rec.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns", title: { text: "Vragen per week" }, legend: { visible: false }, position: ["G5", "M20"] });
    expect(chart.source.address).toBe("G1:H3");
  });

  it("replaces an earlier log and its chart", async () => {
    const { context, rec } = excelMock({
      sheets: { Vragenlog: { used: true, charts: 1 } },
      tables: { Vragenlog: { sheet: "Vragenlog", header: LOG_HEADERS_FOR_TEST, rows: [] } },
    });
    await writeQuestionLog(context, logRows);
    expect(rec.deletedTables).toEqual(["Vragenlog"]);
    expect(rec.deletedCharts).toEqual(["Vragenlog#0"]);
    expect(rec.range("Vragenlog", "*")?.cleared).toBe(true);
    expect(rec.charts).toHaveLength(1);
  });
});

const LOG_HEADERS_FOR_TEST = ["Week", "Gemeente", "Categorie", "Uitkomst", "Feedback"];
