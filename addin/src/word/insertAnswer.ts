import type { Answer, Source } from "../types";

/** The answer text as paragraphs: one per line, "- " bullets as "• ", empty lines dropped. */
export function answerParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "")
    .map((line) => line.replace(/^(\s*)[-*]\s+/, "$1• "));
}

function describeSource(source: Source): string {
  const section = source.section?.trim();
  return section ? `${source.title}, ${section}` : source.title;
}

/** "Bron: title, section" (or "Bronnen: a, §1; b" for several); null without sources. */
export function sourceLine(sources: Source[]): string | null {
  const parts = sources.filter((s) => s.title?.trim()).map(describeSource);
  if (parts.length === 0) return null;
  return `${parts.length === 1 ? "Bron" : "Bronnen"}: ${parts.join("; ")}`;
}

/**
 * Inserts the answer after the cursor as a quotation (built-in style Quote, so it follows the
 * document's own look and translates to "Citaat" in a Dutch Word), then the source in italic.
 */
export async function insertAnswer(context: Word.RequestContext, answer: Answer): Promise<number> {
  const paragraphs = answerParagraphs(answer.text);
  if (paragraphs.length === 0) throw new Error("Het antwoord is leeg; er is niets om in te voegen.");

  const selection = context.document.getSelection();
  let last: Word.Paragraph = selection.insertParagraph(paragraphs[0], "After");
  last.styleBuiltIn = "Quote";
  for (const text of paragraphs.slice(1)) {
    last = last.insertParagraph(text, "After");
    last.styleBuiltIn = "Quote";
  }
  const source = sourceLine(answer.sources);
  let count = paragraphs.length;
  if (source) {
    last = last.insertParagraph(source, "After");
    last.styleBuiltIn = "Normal";
    last.font.italic = true;
    count += 1;
  }
  await context.sync();
  return count;
}
