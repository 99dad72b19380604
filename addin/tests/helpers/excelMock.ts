// A workbook for office-addin-mock: existing sheets and tables are OfficeMockObjects (so
// loads and syncs are checked as in Office), and everything the code writes is recorded in
// plain objects the tests read back.
import { OfficeMockObject } from "office-addin-mock";

export interface RangeRecord {
  sheet: string;
  address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: { bold?: boolean; italic?: boolean; size?: number }; autofitted: boolean };
  cleared: boolean;
}

export interface TableRecord {
  sheet: string;
  address: string;
  hasHeaders: boolean;
  name?: string;
  style?: string;
  showTotals?: boolean;
  totalRow: RangeRecord;
}

export interface ChartRecord {
  sheet: string;
  type: string;
  source: RangeRecord;
  seriesBy: string;
  title: { text?: string };
  legend: { visible?: boolean };
  position?: [string, string];
}

export interface Recorder {
  ranges: RangeRecord[];
  tables: TableRecord[];
  charts: ChartRecord[];
  addedSheets: string[];
  activated: string[];
  deletedTables: string[];
  deletedCharts: string[];
  range(sheet: string, address: string): RangeRecord | undefined;
}

function newRange(sheet: string, address: string): RangeRecord {
  return { sheet, address, format: { font: {}, autofitted: false }, cleared: false };
}

/** The methods a worksheet needs for writing; shared by existing and added sheets. */
function sheetMethods(name: string, rec: Recorder) {
  // The same address gives the same record, as Excel gives equivalent ranges.
  const getRange = (address?: string) => {
    const existing = rec.range(name, address ?? "*");
    if (existing) return existing;
    const range = newRange(name, address ?? "*");
    rec.ranges.push(range);
    return Object.assign(range, {
      clear() {
        range.cleared = true;
      },
      format: Object.assign(range.format, {
        autofitColumns() {
          range.format.autofitted = true;
        },
      }),
    });
  };
  const addTable = (address: string, hasHeaders: boolean) => {
    const table: TableRecord = { sheet: name, address, hasHeaders, totalRow: newRange(name, `${address}#totals`) };
    rec.tables.push(table);
    return Object.assign(table, { getTotalRowRange: () => table.totalRow });
  };
  const addChart = (type: string, source: RangeRecord, seriesBy: string) => {
    const chart: ChartRecord = { sheet: name, type, source, seriesBy, title: {}, legend: {} };
    rec.charts.push(chart);
    return Object.assign(chart, {
      setPosition(start: string, end: string) {
        chart.position = [start, end];
      },
    });
  };
  const activate = () => {
    rec.activated.push(name);
  };
  return { getRange, addTable, addChart, activate };
}

export interface SheetSpec {
  /** Does the sheet already hold data (getUsedRangeOrNullObject finds something)? */
  used?: boolean;
  /** Number of charts already on the sheet. */
  charts?: number;
}

export interface TableSpec {
  sheet: string;
  header: unknown[];
  rows: unknown[][];
  /** 0-based sheet row and column of the header's first cell. */
  rowIndex?: number;
  columnIndex?: number;
}

export function excelMock(options: { sheets?: Record<string, SheetSpec>; tables?: Record<string, TableSpec> } = {}) {
  const rec: Recorder = {
    ranges: [],
    tables: [],
    charts: [],
    addedSheets: [],
    activated: [],
    deletedTables: [],
    deletedCharts: [],
    range(sheet, address) {
      return this.ranges.filter((r) => r.sheet === sheet && r.address === address).at(-1);
    },
  };

  const sheets: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(options.sheets ?? {})) {
    const m = sheetMethods(name, rec);
    sheets[name] = {
      isNullObject: false,
      name,
      used: { isNullObject: !spec.used },
      getUsedRangeOrNullObject(this: { used: unknown }) {
        return this.used;
      },
      getRange: m.getRange,
      tables: { add: m.addTable },
      charts: {
        items: Array.from({ length: spec.charts ?? 0 }, (_, i) => ({
          delete: () => rec.deletedCharts.push(`${name}#${i}`),
        })),
        add: m.addChart,
      },
      activate: m.activate,
    };
  }

  const tables: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(options.tables ?? {})) {
    tables[name] = {
      isNullObject: false,
      worksheet: { name: spec.sheet },
      header: { values: [spec.header], rowIndex: spec.rowIndex ?? 0, columnIndex: spec.columnIndex ?? 0 },
      body: { values: spec.rows },
      getHeaderRowRange(this: { header: unknown }) {
        return this.header;
      },
      getDataBodyRange(this: { body: unknown }) {
        return this.body;
      },
      delete: () => rec.deletedTables.push(name),
    };
  }

  const data = {
    context: {
      workbook: {
        worksheets: {
          byName: { ...sheets, __missing: { isNullObject: true } },
          getItemOrNullObject(this: { byName: Record<string, unknown> }, name: string) {
            return this.byName[name] ?? this.byName.__missing;
          },
          add(name: string) {
            rec.addedSheets.push(name);
            const m = sheetMethods(name, rec);
            return { name, getRange: m.getRange, tables: { add: m.addTable }, charts: { add: m.addChart }, activate: m.activate };
          },
        },
        tables: {
          byName: { ...tables, __missing: { isNullObject: true } },
          getItemOrNullObject(this: { byName: Record<string, unknown> }, name: string) {
            return this.byName[name] ?? this.byName.__missing;
          },
        },
      },
    },
    run: async function <T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: Excel.RequestContext; run: typeof Excel.run };
  return { mock, context: mock.context, rec };
}
