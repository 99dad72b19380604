// Validates the Teams app package that test.sh made with `teambot manifest pack` (TEAMBOT_PACKAGE, a .zip):
// the manifest against the official schema bundled in @microsoft/app-manifest (no network),
// and the icons' PNG headers, CRCs and pixels with Node's own zlib.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, writeFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
import { unzip } from "./zip.js";

const packagePath = process.env.TEAMBOT_PACKAGE;
let artifacts;
let manifestPath;
const bundledTeamsSchemas = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

// Any attempt to fetch a schema fails the suite: validation must use the bundled copy.
const realFetch = globalThis.fetch;
before(async () => {
  if (!packagePath) {
    throw new Error("TEAMBOT_PACKAGE is not set: test.sh passes the package made by `teambot manifest pack`");
  }
  artifacts = await mkdtemp(path.join(os.tmpdir(), "teambot-package-"));
  manifestPath = path.join(artifacts, "manifest.json");
  for (const [name, content] of unzip(await readFile(packagePath))) await writeFile(path.join(artifacts, name), content);
  globalThis.fetch = async (url) => {
    throw new Error(`network access during validation: ${url}`);
  };
});
after(async () => {
  globalThis.fetch = realFetch;
  if (artifacts) await rm(artifacts, { recursive: true, force: true });
});

async function manifest() {
  return JSON.parse(await readFile(manifestPath, "utf8"));
}

async function newestBundledVersion() {
  const versions = (await readdir(bundledTeamsSchemas))
    .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
    .filter(Boolean)
    .map(([, major, minor]) => [Number(major), Number(minor)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [major, minor] = versions.at(-1);
  return `${major}.${minor}`;
}

function pngChunks(png) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), zlib.crc32(typeAndData), "chunk CRC");
    chunks.push({ type: typeAndData.subarray(0, 4).toString("ascii"), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return chunks;
}

function pngHeader(png) {
  const [ihdr] = pngChunks(png);
  assert.equal(ihdr.type, "IHDR");
  return { width: ihdr.data.readUInt32BE(0), height: ihdr.data.readUInt32BE(4), bitDepth: ihdr.data[8], colorType: ihdr.data[9] };
}

// RGBA pixels of an 8-bit RGBA PNG whose scanlines use filter type 0, as TeamBot writes them.
function rgbaPixels(png) {
  const { width, height } = pngHeader(png);
  const idat = Buffer.concat(pngChunks(png).filter((c) => c.type === "IDAT").map((c) => c.data));
  const raw = zlib.inflateSync(idat);
  const stride = width * 4;
  assert.equal(raw.length, height * (stride + 1));
  const pixels = [];
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    assert.equal(raw[row], 0, `filter type of row ${y}`);
    for (let x = 0; x < width; x++) pixels.push([...raw.subarray(row + 1 + x * 4, row + 5 + x * 4)]);
  }
  return pixels;
}

test("manifest is valid against the official Teams schema bundled in @microsoft/app-manifest", async () => {
  const [parsed, failures] = await AppManifestUtils.readAndValidateTeamsManifest(manifestPath);

  assert.deepEqual(failures, []);
  assert.equal(parsed.name.short, "TeamBot");
});

test("manifest uses the newest Teams schema version the package bundles", async () => {
  const { manifestVersion, $schema } = await manifest();

  assert.equal(manifestVersion, await newestBundledVersion());
  assert.equal($schema, `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
});

test("the validator is not vacuous: a broken copy of the manifest is reported", async () => {
  const broken = await manifest();
  broken.accentColor = "blauw";
  broken.bots[0].scopes.push("kantine");

  const failures = await AppManifestUtils.validateAgainstSchema(broken);

  assert.ok(failures.some((f) => f.startsWith("/accentColor")), failures.join("\n"));
  assert.ok(failures.some((f) => f.startsWith("/bots/0/scopes/3")), failures.join("\n"));
});

test("colour icon is a 192x192 RGBA PNG", async () => {
  const { icons } = await manifest();
  const header = pngHeader(await readFile(path.join(artifacts, icons.color)));

  assert.deepEqual(header, { width: 192, height: 192, bitDepth: 8, colorType: 6 });
});

test("outline icon is a 32x32 RGBA PNG with only white and transparent pixels", async () => {
  const { icons } = await manifest();
  const png = await readFile(path.join(artifacts, icons.outline));

  assert.deepEqual(pngHeader(png), { width: 32, height: 32, bitDepth: 8, colorType: 6 });
  const pixels = rgbaPixels(png);
  const offending = pixels.filter(([r, g, b, a]) => a !== 0 && !(r === 255 && g === 255 && b === 255 && a === 255));
  assert.deepEqual(offending, []);
  assert.ok(pixels.some(([, , , a]) => a === 255), "the outline icon shows a mark");
});
