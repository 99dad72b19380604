import type { QuestionLogRow } from "../types";
import { blockAddress, freshSheet } from "./cells";

export const LOG_SHEET = "Vragenlog";
export const LOG_TABLE = "Vragenlog";
export const LOG_HEADERS = ["Week", "Gemeente", "Categorie", "Uitkomst", "Feedback"];
/** The per-week summary starts two columns right of the table, the chart below it. */
const SUMMARY_COLUMN = LOG_HEADERS.length + 2;

/** Questions per week, weeks in calendar order ("2026-W09" before "2026-W10"). */
export function questionsPerWeek(rows: QuestionLogRow[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.week, (counts.get(row.week) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
}

export interface LogLayout {
  tableAddress: string;
  summaryAddress: string;
  weeks: number;
}

/**
 * Writes the question log as table "Vragenlog" (one row per question, ready for a pivot
 * table) on its own sheet, with a per-week count and a column chart of it. An earlier log
 * on that sheet, and its chart, are replaced.
 */
export async function writeQuestionLog(context: Excel.RequestContext, rows: QuestionLogRow[]): Promise<LogLayout> {
  const sheet = await freshSheet(context, LOG_SHEET, LOG_TABLE);

  const values = rows.map((r) => [r.week, r.gemeente, r.categorie, r.uitkomst, r.feedback ?? ""]);
  const tableAddress = blockAddress(1, 1, values.length + 1, LOG_HEADERS.length);
  sheet.getRange(tableAddress).values = [LOG_HEADERS, ...values];
  const table = sheet.tables.add(tableAddress, true);
  table.name = LOG_TABLE;
  table.style = "TableStyleMedium2";

  const perWeek = questionsPerWeek(rows);
  const summaryAddress = blockAddress(1, SUMMARY_COLUMN, perWeek.length + 1, 2);
  const summary = sheet.getRange(summaryAddress);
  summary.values = [["Week", "Vragen"], ...perWeek];
  sheet.getRange(blockAddress(1, SUMMARY_COLUMN, 1, 2)).format.font.bold = true;

  const chart = sheet.charts.add("ColumnClustered", summary, "Columns");
  chart.title.text = "Vragen per week";
  chart.legend.visible = false;
  const chartTop = perWeek.length + 3;
  chart.setPosition(blockAddress(chartTop, SUMMARY_COLUMN, 1, 1), blockAddress(chartTop + 15, SUMMARY_COLUMN + 6, 1, 1));

  sheet.getRange(blockAddress(1, 1, values.length + 1, SUMMARY_COLUMN + 1)).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { tableAddress, summaryAddress, weeks: perWeek.length };
}
