/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(index1: number): string {
  let n = index1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1-style address of a block; row and column 1-based. */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const start = `${columnLetter(column)}${row}`;
  const end = `${columnLetter(column + columns - 1)}${row + rows - 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** A rows × columns array of one value (Office.js wants full 2D arrays for formats). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

/** Gets a worksheet by name, adding it when missing; an existing one is emptied first. */
export async function freshSheet(
  context: Excel.RequestContext,
  name: string,
  tableName: string,
): Promise<Excel.Worksheet> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(name);
  existing.load("isNullObject");
  const oldTable = context.workbook.tables.getItemOrNullObject(tableName);
  oldTable.load("isNullObject");
  await context.sync();

  // Table names are workbook-wide: an earlier result may sit on any sheet.
  if (!oldTable.isNullObject) oldTable.delete();
  if (existing.isNullObject) return sheets.add(name);

  existing.charts.load("items");
  await context.sync();
  for (const chart of existing.charts.items) chart.delete();
  existing.getRange().clear();
  return existing;
}
