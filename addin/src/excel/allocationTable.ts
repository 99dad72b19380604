import type { Afronding, Allocation, Sleutel } from "../types";
import { blockAddress, columnLetter, filled, freshSheet } from "./cells";

export const ALLOCATION_SHEET = "Kostenverdeling";
export const ALLOCATION_TABLE = "Kostenverdeling";
/** en-US format codes, as Office.js expects; Excel shows them in the user's locale. */
export const EURO_FORMAT: Record<Afronding, string> = { euro: "€ #,##0", cent: "€ #,##0.00" };
export const PERCENT_FORMAT = "0.00%";

const TITLE_ROW = 1;
const HEADER_ROW = 3;

/** Column headers: Gemeente, one per sleutel (€), Aandeel (%), Bedrag (€); kept unique. */
export function allocationHeaders(sleutels: Sleutel[]): string[] {
  const headers = ["Gemeente"];
  const used = new Set(["gemeente", "aandeel (%)", "bedrag (€)"]);
  for (const sleutel of sleutels) {
    let header = `${sleutel.naam} (€)`;
    for (let n = 2; used.has(header.toLowerCase()); n++) header = `${sleutel.naam} ${n} (€)`;
    used.add(header.toLowerCase());
    headers.push(header);
  }
  return [...headers, "Aandeel (%)", "Bedrag (€)"];
}

export interface AllocationLayout {
  tableAddress: string;
  totalRow: number;
  noteAddress: string;
}

/**
 * Writes the allocation as table "Kostenverdeling" on its own sheet, replacing an earlier one:
 * a totals row with SUBTOTAL formulas (they follow filters), euro and percent formats, and
 * the rounding rule plus the keys used as notes below the table.
 */
export async function writeAllocationTable(
  context: Excel.RequestContext,
  allocation: Allocation,
  sleutels: Sleutel[],
  afronding: Afronding,
): Promise<AllocationLayout> {
  const sheet = await freshSheet(context, ALLOCATION_SHEET, ALLOCATION_TABLE);
  const headers = allocationHeaders(sleutels);
  const width = headers.length;
  const count = allocation.regels.length;
  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + count;
  const totalRow = lastData + 1;
  const lastColumn = columnLetter(width);

  const title = sheet.getRange(`A${TITLE_ROW}`);
  title.values = [[allocation.titel]];
  title.format.font.bold = true;
  title.format.font.size = 14;

  const rows = allocation.regels.map((regel) => [
    regel.gemeente,
    ...sleutels.map((s) => regel.perSleutel[s.naam] ?? 0),
    regel.aandeelPercent / 100,
    regel.bedrag,
  ]);
  const tableAddress = `A${HEADER_ROW}:${lastColumn}${lastData}`;
  sheet.getRange(tableAddress).values = [headers, ...rows];

  const table = sheet.tables.add(tableAddress, true);
  table.name = ALLOCATION_TABLE;
  table.style = "TableStyleMedium2";
  table.showTotals = true;
  const totals = ["Totaal", ...headers.slice(1).map((_, i) => {
    const column = columnLetter(i + 2);
    return `=SUBTOTAL(109,${column}${firstData}:${column}${lastData})`;
  })];
  table.getTotalRowRange().formulas = [totals];

  // Formats cover the data rows and the totals row.
  const formatRows = count + 1;
  const euro = EURO_FORMAT[afronding];
  if (sleutels.length > 0) {
    sheet.getRange(blockAddress(firstData, 2, formatRows, sleutels.length)).numberFormat = filled(formatRows, sleutels.length, euro);
  }
  sheet.getRange(blockAddress(firstData, width - 1, formatRows, 1)).numberFormat = filled(formatRows, 1, PERCENT_FORMAT);
  sheet.getRange(blockAddress(firstData, width, formatRows, 1)).numberFormat = filled(formatRows, 1, euro);
  sheet.getRange(`A${totalRow}:${lastColumn}${totalRow}`).format.font.bold = true;

  const noteAddress = `A${totalRow + 2}`;
  const note = sheet.getRange(noteAddress);
  note.values = [[allocation.afronding]];
  note.format.font.italic = true;
  const keys = sheet.getRange(`A${totalRow + 3}`);
  keys.values = [[`Verdeelsleutels: ${sleutels.map((s) => `${s.naam} ${formatWeight(s.gewichtPercent)}% (kolom ${s.kolom})`).join(", ")}`]];
  keys.format.font.italic = true;

  sheet.getRange(`A${HEADER_ROW}:${lastColumn}${totalRow}`).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { tableAddress: `A${HEADER_ROW}:${lastColumn}${totalRow}`, totalRow, noteAddress };
}

function formatWeight(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}
