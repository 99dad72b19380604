import type { GemeenteInput, Region } from "../types";
import { InputError } from "../office";
import { blockAddress, columnLetter } from "./cells";

export const GEMEENTEN_TABLE = "Gemeenten";
export const INPUT_SHEET = "Invoer";
export const GEMEENTE_COLUMN = "Gemeente";
const MAX_PROBLEMS = 20;

export interface GemeentenTable {
  sheet: string;
  /** Columns with numbers, usable as verdeelsleutel. */
  columns: string[];
  /** Columns without any number (e.g. remarks); not sent to TeamBot. */
  ignored: string[];
  gemeenten: GemeenteInput[];
}

export type GemeentenRead = { kind: "ok"; table: GemeentenTable } | { kind: "missing" };

type Cell = string | number | boolean | null | undefined;

const isBlank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/**
 * Reads the named table "Gemeenten": a "Gemeente" column and numeric columns.
 * Returns "missing" when the workbook has no such table; throws an InputError whose
 * problems name sheet, row and column when its content cannot be used.
 */
export async function readGemeentenTable(context: Excel.RequestContext): Promise<GemeentenRead> {
  const table = context.workbook.tables.getItemOrNullObject(GEMEENTEN_TABLE);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return { kind: "missing" };

  const worksheet = table.worksheet;
  worksheet.load("name");
  const header = table.getHeaderRowRange();
  header.load("values, rowIndex, columnIndex");
  const body = table.getDataBodyRange();
  body.load("values");
  await context.sync();

  return {
    kind: "ok",
    table: parseGemeenten(worksheet.name, header.values[0] ?? [], body.values, header.rowIndex + 2, header.columnIndex + 1),
  };
}

/**
 * Checks and converts the table's cells. firstRow and firstColumn are the sheet's 1-based
 * row of the first data row and column of the table's first column, for located messages.
 */
export function parseGemeenten(
  sheet: string,
  headerRow: Cell[],
  rows: Cell[][],
  firstRow: number,
  firstColumn: number,
): GemeentenTable {
  const headers = headerRow.map((h) => String(h ?? "").trim());
  const where = `De tabel "${GEMEENTEN_TABLE}" op blad "${sheet}"`;
  const nameIndex = headers.findIndex((h) => h.toLowerCase() === GEMEENTE_COLUMN.toLowerCase());
  if (nameIndex < 0) {
    throw new InputError(`${where} heeft geen kolom "${GEMEENTE_COLUMN}".`, [
      `Gevonden kolommen: ${headers.filter(Boolean).map((h) => `"${h}"`).join(", ") || "geen"}. Noem de kolom met de namen van de gemeenten "${GEMEENTE_COLUMN}".`,
    ]);
  }

  const dataRows = rows
    .map((cells, i) => ({ cells, row: firstRow + i }))
    .filter(({ cells }) => !cells.every(isBlank));
  if (dataRows.length === 0) {
    throw new InputError(`${where} heeft nog geen gemeenten.`, ["Vul per gemeente een rij in, of verwijder de tabel en kies \"Vul uit de regio\"."]);
  }

  const candidate = headers
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => index !== nameIndex && name !== "");
  const numeric = candidate.filter(({ index }) => dataRows.some(({ cells }) => typeof cells[index] === "number"));
  const ignored = candidate.filter((c) => !numeric.includes(c)).map((c) => c.name);
  if (numeric.length === 0) {
    throw new InputError(`${where} heeft naast "${GEMEENTE_COLUMN}" geen kolom met getallen.`, [
      `Voeg een kolom toe met bijvoorbeeld het aantal inwoners per gemeente ("Inwoners").`,
    ]);
  }

  const problems: string[] = [];
  const cellName = (row: number, index: number, name: string) =>
    `Blad "${sheet}", rij ${row}, kolom "${name}" (${columnLetter(firstColumn + index)})`;
  const seen = new Map<string, number>();
  const gemeenten: GemeenteInput[] = [];

  for (const { cells, row } of dataRows) {
    const rawName = cells[nameIndex];
    const gemeente = isBlank(rawName) ? "" : String(rawName).trim();
    if (!gemeente) {
      problems.push(`${cellName(row, nameIndex, headers[nameIndex])}: de naam van de gemeente ontbreekt.`);
    } else if (seen.has(gemeente.toLowerCase())) {
      problems.push(`${cellName(row, nameIndex, headers[nameIndex])}: "${gemeente}" staat ook al in rij ${seen.get(gemeente.toLowerCase())}.`);
    } else {
      seen.set(gemeente.toLowerCase(), row);
    }

    const waarden: Record<string, number> = {};
    for (const { name, index } of numeric) {
      const cell = cells[index];
      if (typeof cell === "number" && Number.isFinite(cell)) {
        if (cell < 0) problems.push(`${cellName(row, index, name)}: ${cell} is negatief.`);
        waarden[name] = cell;
      } else if (isBlank(cell)) {
        problems.push(`${cellName(row, index, name)}: de cel is leeg; vul een getal in (0 mag).`);
      } else {
        problems.push(`${cellName(row, index, name)}: "${String(cell)}" is geen getal.`);
      }
    }
    gemeenten.push({ gemeente, waarden });
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`… en nog ${problems.length - MAX_PROBLEMS} andere.`);
    throw new InputError(`${where} kan zo niet gebruikt worden.`, shown);
  }
  return { sheet, columns: numeric.map((c) => c.name), ignored, gemeenten };
}

/**
 * Creates the "Gemeenten" table on sheet "Invoer" from the region's municipalities.
 * Refuses to write over a non-empty "Invoer" sheet: that is the user's data.
 * Returns the number of gemeenten written; read the table again to use them.
 */
export async function createGemeentenTable(context: Excel.RequestContext, region: Region): Promise<number> {
  if (region.municipalities.length === 0) {
    throw new InputError("TeamBot kent nog geen gemeenten in de regio.", ["Importeer eerst de regiogegevens in TeamBot."]);
  }
  const sheets = context.workbook.worksheets;
  const existingTable = context.workbook.tables.getItemOrNullObject(GEMEENTEN_TABLE);
  existingTable.load("isNullObject");
  let sheet = sheets.getItemOrNullObject(INPUT_SHEET);
  sheet.load("isNullObject");
  await context.sync();

  if (!existingTable.isNullObject) {
    throw new InputError(`De werkmap heeft al een tabel "${GEMEENTEN_TABLE}".`, ["Kies \"Opnieuw lezen\" om die te gebruiken."]);
  }
  if (sheet.isNullObject) {
    sheet = sheets.add(INPUT_SHEET);
  } else {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("isNullObject");
    await context.sync();
    if (!used.isNullObject) {
      throw new InputError(`Het blad "${INPUT_SHEET}" bestaat al en is niet leeg.`, [
        `Maak het blad leeg of geef het een andere naam, en kies dan opnieuw "Vul uit de regio".`,
      ]);
    }
  }

  const columns = region.columns.filter((c) => c.trim() !== "" && c !== GEMEENTE_COLUMN);
  const header = [GEMEENTE_COLUMN, ...columns];
  const rows = region.municipalities.map((m) => [m.name, ...columns.map((c) => m.values[c] ?? "")]);
  const address = blockAddress(1, 1, rows.length + 1, header.length);

  sheet.getRange(address).values = [header, ...rows];
  const table = sheet.tables.add(address, true);
  table.name = GEMEENTEN_TABLE;
  table.style = "TableStyleMedium2";
  if (columns.length > 0) {
    const formats = rows.map(() =>
      columns.map((c) => (region.municipalities.every((m) => Number.isInteger(m.values[c] ?? 0)) ? "#,##0" : "#,##0.00")),
    );
    sheet.getRange(blockAddress(2, 2, rows.length, columns.length)).numberFormat = formats;
  }
  sheet.getRange(address).format.autofitColumns();
  sheet.activate();
  await context.sync();

  return rows.length;
}
