// Reads the entries of a .zip (stored or deflated) with Node's own zlib, so the suite checks the real package
// `teambot manifest pack` wrote, without an unzip tool.
import zlib from "node:zlib";

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

/** Every file of the archive as a Map of name -> Buffer. */
export function unzip(archive) {
  const end = findEndOfCentralDirectory(archive);
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(offset) !== centralDirectoryEntry) throw new Error(`broken central directory at ${offset}`);
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const headerOffset = archive.readUInt32LE(offset + 42);
    const name = archive.toString("utf8", offset + 46, offset + 46 + nameLength);
    entries.set(name, readEntry(archive, headerOffset, method, compressedSize));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readEntry(archive, headerOffset, method, compressedSize) {
  if (archive.readUInt32LE(headerOffset) !== localHeader) throw new Error(`broken local header at ${headerOffset}`);
  const start = headerOffset + 30 + archive.readUInt16LE(headerOffset + 26) + archive.readUInt16LE(headerOffset + 28);
  const data = archive.subarray(start, start + compressedSize);
  if (method === 0) return Buffer.from(data);
  if (method === 8) return zlib.inflateRawSync(data);
  throw new Error(`unsupported compression method ${method}`);
}

function findEndOfCentralDirectory(archive) {
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 65535); i--)
    if (archive.readUInt32LE(i) === endOfCentralDirectory) return i;
  throw new Error("not a zip archive: no end of central directory");
}
