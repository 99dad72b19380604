// Renders the uitvoeringsplan-jeugd document with docxtemplater, for PlanRenderBenchmarks.
// Usage: node render.js TEMPLATE.docx DATA.json
// Reads commands on stdin, one per line, and answers one line each:
//   render      -> "ok <bytes> <ms>"   one render (open zip, fill, write zip), timed here
//   time <n>    -> "avg <ms>"          n renders in a row, the mean time per render
//   write <out> -> "ok <bytes>"        one render written to a file (to look at the result)
// The process stays alive between commands so every render is warm.
"use strict";

const fs = require("fs");
const readline = require("readline");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");
const expressionParser = require("docxtemplater/expressions.js");

const [templatePath, dataPath] = process.argv.slice(2);
if (!templatePath || !dataPath) {
  console.error("usage: node render.js TEMPLATE.docx DATA.json");
  process.exit(2);
}

// The Dutch formatting TeamBot's templates use (bedrag, euro, getal, procent), as docxtemplater filters.
const dutch = (decimals) => new Intl.NumberFormat("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const trimmed = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 10 });
const empty = (value) => value === null || value === undefined || value === "";
expressionParser.filters.euro = (value) => (empty(value) ? "" : "€ " + dutch(0).format(Math.round(value)));
expressionParser.filters.bedrag = (value) => (empty(value) ? "" : "€ " + dutch(2).format(value));
expressionParser.filters.getal = (value, decimals) => (empty(value) ? "" : decimals === undefined ? trimmed.format(value) : dutch(decimals).format(value));
expressionParser.filters.procent = (value, decimals) =>
  empty(value) ? "" : (decimals === undefined ? trimmed.format(Math.round(value * 100) / 100) : dutch(decimals).format(value)) + "%";

const template = fs.readFileSync(templatePath);
// docxtemplater looks a null up in the enclosing scopes (a row without toelichting would print the plan's
// toelichting); TeamBot prints nothing for it, so nulls become empty text.
const withoutNulls = (value) =>
  value === null ? "" : Array.isArray(value) ? value.map(withoutNulls)
    : typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNulls(item)])) : value;
const data = withoutNulls(JSON.parse(fs.readFileSync(dataPath, "utf8")));

function render() {
  const document = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, parser: expressionParser });
  document.render(data);
  return document.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}

function timed() {
  const start = process.hrtime.bigint();
  const output = render();
  return { output, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const commands = {
  render: () => {
    const { output, ms } = timed();
    return `ok ${output.length} ${ms.toFixed(3)}`;
  },
  time: (n) => {
    const count = Number(n) || 1;
    let total = 0;
    for (let i = 0; i < count; i++) total += timed().ms;
    return `avg ${(total / count).toFixed(3)}`;
  },
  write: (path) => {
    const output = render();
    fs.writeFileSync(path, output);
    return `ok ${output.length}`;
  },
};

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const [name, argument] = line.trim().split(/\s+(.*)/s);
  try {
    process.stdout.write((commands[name] ? commands[name](argument) : `error unknown command '${name}'`) + "\n");
  } catch (error) {
    process.stdout.write(`error ${String(error.message).replace(/\s+/g, " ")} ${JSON.stringify(error.properties?.errors?.map((e) => e.properties?.explanation) ?? [])}\n`);
  }
});
