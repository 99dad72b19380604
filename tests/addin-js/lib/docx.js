// Opens a .docx the pane inserted (base64, as insertFileFromBase64 got it) and reads its body as Word would show it:
// paragraphs with their style, and table rows as lists of cell texts.
import JSZip from 'jszip';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name) => {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
  return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
});
/** The visible text of a piece of WordprocessingML, no-break spaces as plain spaces. */
const textOf = (xml) => decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).replace(/[\u00a0\u202f]/g, ' ');

/**
 * @returns {Promise<{ files: string[], paragraphs: { style: string | null, text: string }[], rows: string[][], text: string }>}
 */
export async function readDocx(base64) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'), { checkCRC32: true });
  const files = Object.keys(zip.files);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error(`no word/document.xml in the document; it has ${files.join(', ')}`);
  const xml = await entry.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: textOf(p),
  }));
  const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)]
    .map(([row]) => [...row.matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell).trim()));
  return { files, paragraphs, rows, text: paragraphs.map((p) => p.text).join('\n') };
}
