/** Where a rendered document goes: replace the whole body, or only the current selection. */
export type InsertTarget = "document" | "cursor";

/**
 * Inserts a rendered .docx (base64) into the open document.
 * "document" replaces the body, so styles, headers and numbering come from the template;
 * "cursor" replaces just the selection (an insertion point when nothing is selected).
 */
export async function insertDocument(
  context: Word.RequestContext,
  base64: string,
  target: InsertTarget,
): Promise<void> {
  const content = stripDataUrl(base64);
  if (!content) throw new Error("Het document van TeamBot is leeg.");
  if (target === "document") {
    context.document.body.insertFileFromBase64(content, "Replace");
  } else {
    context.document.getSelection().insertFileFromBase64(content, "Replace");
  }
  await context.sync();
}

function stripDataUrl(base64: string): string {
  const comma = base64.startsWith("data:") ? base64.indexOf(",") : -1;
  return (comma >= 0 ? base64.slice(comma + 1) : base64).trim();
}
