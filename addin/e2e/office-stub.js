/*
 * Recording Office stub for end-to-end tests of the TeamBot task pane.
 *
 * Inject it before the bundle, instead of the real office.js, e.g. with Playwright:
 *
 *   await page.route("https://appsforoffice.microsoft.com/**", (route) =>
 *     route.fulfill({ path: "addin/e2e/office-stub.js", contentType: "application/javascript" }));
 *   // or: await page.addInitScript({ path: "addin/e2e/office-stub.js" }) and block that URL.
 *   await page.goto("http://127.0.0.1:PORT/addin/taskpane.html?host=Excel");
 *
 * Query parameters (of the pane's URL):
 *   host=Word | Excel | none   which app Office.onReady reports (default Word; none = a plain
 *                              browser, host null, the pane then says "Open dit in Word of Excel")
 *   gemeenten=sample           Excel starts with a table "Gemeenten" on sheet "Invoer"
 *                              (Heerlen 86000/15800, Maastricht 121000/21000, Sittard-Geleen 92000/16000;
 *                              columns Gemeente, Inwoners, Jongeren <20)
 *   naa=1                      Office.context.requirements reports NestedAppAuth 1.1 (default: not)
 *
 * Optional configuration, set before the pane acts (addInitScript, or page.evaluate before a click):
 *   window.__officeStubConfig = {
 *     tables: { Gemeenten: { sheet: "Invoer", address: "A1:C3", values: [[header...], [row...], ...] } },
 *     sheets: ["Invoer"],              // sheets that exist and are not empty
 *     fail: { insertFileFromBase64: "Het document is alleen-lezen.", insertParagraph: "...", sync: "..." },
 *     accessToken: "token-for-office-sso"
 *   };
 *   A `fail` entry makes that call throw an Error with that message (like an OfficeExtension.Error).
 *
 * Everything the pane does to the document is recorded in window.__officeCalls:
 *   {
 *     host: "Word" | "Excel" | null,
 *     runs: number,                       // Word.run / Excel.run batches started
 *     syncs: number,                      // context.sync() calls
 *     // Word
 *     fileInserts: [ { target: "body" | "selection", base64: string, location: "Replace" | "Start" | "End" } ],
 *     paragraphs:  [ { text, location: "Before" | "After", relativeTo: "selection" | <index in paragraphs>,
 *                      styleBuiltIn: string | undefined, style: string | undefined, italic: boolean | undefined } ],
 *     // Excel
 *     sheetsAdded:  [ name ],             // worksheets.add
 *     sheetsCleared:[ name ],             // worksheet.getRange().clear() (whole sheet)
 *     activated:    [ name ],
 *     ranges: { "<sheet>!<address>": { values?, formulas?, numberFormat?, bold?, italic?, fontSize?, autofit? } },
 *     tables: [ { sheet, address, name, hasHeaders, style, showTotals,
 *                 values,                // the cells written at the table's address before tables.add
 *                 totalsFormulas } ],    // what getTotalRowRange().formulas was set to, or null
 *     charts: [ { sheet, type, source: "<sheet>!<address>", sourceValues, seriesBy,
 *                 title, legendVisible, position: [start, end] | null } ],
 *     deletedTables: [ name ],
 *     deletedCharts: [ "<sheet>#<index>" ]
 *   }
 * Values are recorded as given (2D arrays as Office.js takes them); later writes to the same
 * range address overwrite earlier ones, as in Excel.
 */
(function () {
  "use strict";

  var params = new URLSearchParams(window.location.search);
  var hostParam = params.get("host") || "Word";
  var host = hostParam === "none" ? null : hostParam;

  var calls = {
    host: host,
    runs: 0,
    syncs: 0,
    fileInserts: [],
    paragraphs: [],
    sheetsAdded: [],
    sheetsCleared: [],
    activated: [],
    ranges: {},
    tables: [],
    charts: [],
    deletedTables: [],
    deletedCharts: [],
  };
  window.__officeCalls = calls;

  function config() {
    return window.__officeStubConfig || {};
  }

  function maybeFail(name) {
    var fail = config().fail || {};
    if (fail[name]) {
      var error = new Error(fail[name]);
      error.code = "GeneralException";
      throw error;
    }
  }

  function sync() {
    calls.syncs += 1;
    try {
      maybeFail("sync");
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve();
  }

  // A proxy-free "loadable": load() returns the object, every property is already there.
  function loadable(object) {
    object.load = function () {
      return object;
    };
    return object;
  }

  /* ------------------------------------------------------------------ Word */

  function paragraph(record) {
    var p = loadable({
      font: {},
      insertParagraph: function (text, location) {
        return newParagraph(text, location, calls.paragraphs.indexOf(record));
      },
    });
    Object.defineProperty(p, "text", { get: function () { return record.text; } });
    Object.defineProperty(p, "styleBuiltIn", {
      get: function () { return record.styleBuiltIn; },
      set: function (value) { record.styleBuiltIn = value; },
    });
    Object.defineProperty(p, "style", {
      get: function () { return record.style; },
      set: function (value) { record.style = value; },
    });
    Object.defineProperty(p.font, "italic", {
      get: function () { return record.italic; },
      set: function (value) { record.italic = value; },
    });
    return p;
  }

  function newParagraph(text, location, relativeTo) {
    maybeFail("insertParagraph");
    var record = { text: String(text), location: location, relativeTo: relativeTo, styleBuiltIn: undefined, style: undefined, italic: undefined };
    calls.paragraphs.push(record);
    return paragraph(record);
  }

  function wordContext() {
    return {
      sync: sync,
      document: {
        body: loadable({
          insertFileFromBase64: function (base64, location) {
            maybeFail("insertFileFromBase64");
            calls.fileInserts.push({ target: "body", base64: base64, location: location });
            return loadable({});
          },
        }),
        getSelection: function () {
          return loadable({
            insertFileFromBase64: function (base64, location) {
              maybeFail("insertFileFromBase64");
              calls.fileInserts.push({ target: "selection", base64: base64, location: location });
              return loadable({});
            },
            insertParagraph: function (text, location) {
              return newParagraph(text, location, "selection");
            },
          });
        },
      },
    };
  }

  /* ----------------------------------------------------------------- Excel */

  var SAMPLE = {
    sheet: "Invoer",
    address: "A1:C4",
    values: [
      ["Gemeente", "Inwoners", "Jongeren <20"],
      ["Heerlen", 86000, 15800],
      ["Maastricht", 121000, 21000],
      ["Sittard-Geleen", 92000, 16000],
    ],
  };

  var workbookState = null;

  function state() {
    if (workbookState) return workbookState;
    var cfg = config();
    workbookState = { sheets: {}, tables: {} };
    var seeded = cfg.tables || (params.get("gemeenten") === "sample" ? { Gemeenten: SAMPLE } : {});
    Object.keys(seeded).forEach(function (name) {
      var t = seeded[name];
      workbookState.tables[name] = { name: name, sheet: t.sheet, address: t.address, values: t.values, record: null };
      workbookState.sheets[t.sheet] = { name: t.sheet, used: true, charts: [] };
    });
    (cfg.sheets || []).forEach(function (name) {
      workbookState.sheets[name] = workbookState.sheets[name] || { name: name, used: true, charts: [] };
    });
    return workbookState;
  }

  function rangeRecord(sheet, address) {
    var key = sheet + "!" + address;
    calls.ranges[key] = calls.ranges[key] || {};
    return calls.ranges[key];
  }

  function range(sheet, address) {
    var key = sheet + "!" + address;
    var r = loadable({
      address: key,
      clear: function () {
        if (address === "*") {
          calls.sheetsCleared.push(sheet);
          var s = state().sheets[sheet];
          if (s) s.used = false;
        }
      },
      format: {
        font: {},
        autofitColumns: function () { rangeRecord(sheet, address).autofit = true; },
        autofitRows: function () {},
      },
    });
    ["values", "formulas", "numberFormat"].forEach(function (prop) {
      Object.defineProperty(r, prop, {
        get: function () { return rangeRecord(sheet, address)[prop]; },
        set: function (value) {
          rangeRecord(sheet, address)[prop] = value;
          var s = state().sheets[sheet];
          if (s) s.used = true;
        },
      });
    });
    [["bold", "bold"], ["italic", "italic"], ["size", "fontSize"]].forEach(function (pair) {
      Object.defineProperty(r.format.font, pair[0], {
        get: function () { return rangeRecord(sheet, address)[pair[1]]; },
        set: function (value) { rangeRecord(sheet, address)[pair[1]] = value; },
      });
    });
    return r;
  }

  function parseAddress(address) {
    var m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
    if (!m) return { row: 0, column: 0 };
    var col = 0;
    for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
    return { row: Number(m[2]) - 1, column: col - 1 };
  }

  function tableObject(t) {
    var values = t.values || [[]];
    var start = parseAddress(t.address);
    return loadable({
      isNullObject: false,
      name: t.name,
      worksheet: loadable({ name: t.sheet }),
      getHeaderRowRange: function () {
        return loadable({ values: [values[0] || []], rowIndex: start.row, columnIndex: start.column });
      },
      getDataBodyRange: function () {
        return loadable({ values: values.slice(1) });
      },
      delete: function () {
        calls.deletedTables.push(t.name);
        delete state().tables[t.name];
      },
    });
  }

  function nullObject() {
    return loadable({ isNullObject: true });
  }

  function worksheet(name) {
    var s = state().sheets[name];
    var sheet = loadable({
      isNullObject: false,
      name: name,
      getRange: function (address) { return range(name, address || "*"); },
      getUsedRangeOrNullObject: function () { return s.used ? loadable({ isNullObject: false }) : nullObject(); },
      activate: function () { calls.activated.push(name); },
      tables: {
        add: function (address, hasHeaders) {
          var record = {
            sheet: name, address: address, name: undefined, hasHeaders: hasHeaders, style: undefined,
            showTotals: false, values: rangeRecord(name, address).values || null, totalsFormulas: null,
          };
          calls.tables.push(record);
          var model = { name: undefined, sheet: name, address: address, values: record.values, record: record };
          var table = loadable({
            getTotalRowRange: function () {
              var total = loadable({});
              Object.defineProperty(total, "formulas", {
                get: function () { return record.totalsFormulas; },
                set: function (value) { record.totalsFormulas = value; },
              });
              return total;
            },
          });
          Object.defineProperty(table, "name", {
            get: function () { return record.name; },
            set: function (value) {
              if (model.name) delete state().tables[model.name];
              record.name = value;
              model.name = value;
              state().tables[value] = model;
            },
          });
          ["style", "showTotals"].forEach(function (prop) {
            Object.defineProperty(table, prop, {
              get: function () { return record[prop]; },
              set: function (value) { record[prop] = value; },
            });
          });
          return table;
        },
      },
      charts: {
        get items() {
          return s.charts.map(function (chart, i) {
            return loadable({
              delete: function () {
                calls.deletedCharts.push(name + "#" + i);
                chart.deleted = true;
              },
            });
          }).filter(function (_, i) { return !s.charts[i].deleted; });
        },
        load: function () { return this; },
        add: function (type, source, seriesBy) {
          var key = source && source.address;
          var record = {
            sheet: name, type: type, source: key, sourceValues: key ? (calls.ranges[key] || {}).values || null : null,
            seriesBy: seriesBy, title: undefined, legendVisible: undefined, position: null,
          };
          calls.charts.push(record);
          s.charts.push(record);
          var chart = loadable({
            title: {},
            legend: {},
            setPosition: function (startCell, endCell) { record.position = [startCell, endCell || null]; },
          });
          Object.defineProperty(chart.title, "text", {
            get: function () { return record.title; },
            set: function (value) { record.title = value; },
          });
          Object.defineProperty(chart.legend, "visible", {
            get: function () { return record.legendVisible; },
            set: function (value) { record.legendVisible = value; },
          });
          return chart;
        },
      },
    });
    return sheet;
  }

  function excelContext() {
    return {
      sync: sync,
      workbook: {
        worksheets: {
          getItemOrNullObject: function (name) {
            return state().sheets[name] ? worksheet(name) : nullObject();
          },
          getItem: function (name) {
            if (!state().sheets[name]) throw new Error("ItemNotFound: " + name);
            return worksheet(name);
          },
          add: function (name) {
            state().sheets[name] = { name: name, used: false, charts: [] };
            calls.sheetsAdded.push(name);
            return worksheet(name);
          },
        },
        tables: {
          getItemOrNullObject: function (name) {
            var t = state().tables[name];
            return t ? tableObject(t) : nullObject();
          },
        },
      },
    };
  }

  /* ---------------------------------------------------------------- Office */

  function run(makeContext) {
    return function (batch) {
      calls.runs += 1;
      try {
        return Promise.resolve(batch(makeContext()));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }

  var info = { host: host, platform: host ? "OfficeOnline" : null };

  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof callback === "function") callback(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      requirements: {
        isSetSupported: function (name) {
          return params.get("naa") === "1" && name === "NestedAppAuth";
        },
      },
    },
    auth: {
      getAccessToken: function () {
        var token = config().accessToken;
        return token ? Promise.resolve(token) : Promise.reject({ code: 13001, message: "Stub: not signed in" });
      },
    },
  };

  if (host === "Word") {
    window.Word = {
      run: run(wordContext),
      InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
      BuiltInStyleName: { quote: "Quote", normal: "Normal" },
    };
  }
  if (host === "Excel") {
    window.Excel = {
      run: run(excelContext),
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
    };
  }
})();
