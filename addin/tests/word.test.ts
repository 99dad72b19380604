import { describe, expect, it, vi } from "vitest";
import { insertDocument } from "../src/word/insertDocument";
import { answerParagraphs, insertAnswer, sourceLine } from "../src/word/insertAnswer";
import { wordMock } from "./helpers/wordMock";
import type { Answer } from "../src/types";

describe("insertDocument", () => {
  it("replaces the whole body by default", async () => {
    const { mock, files } = wordMock();
    const sync = vi.spyOn(mock.context, "sync");
    await mock.run((context) => insertDocument(context, "UEsDBBQ=", "document"));
    expect(files).toEqual([{ target: "body", base64: "UEsDBBQ=", location: "Replace" }]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("inserts only at the cursor when asked", async () => {
    const { context, files } = wordMock();
    await insertDocument(context, "UEsDBBQ=", "cursor");
    expect(files).toEqual([{ target: "selection", base64: "UEsDBBQ=", location: "Replace" }]);
  });

  it("accepts a data URL and sends only its base64 part", async () => {
    const { context, files } = wordMock();
    await insertDocument(context, "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,UEsDBBQ=", "document");
    expect(files[0].base64).toBe("UEsDBBQ=");
  });

  it("refuses an empty document instead of wiping the body", async () => {
    const { context, files } = wordMock();
    await expect(insertDocument(context, "  ", "document")).rejects.toThrow("Het document van TeamBot is leeg.");
    expect(files).toEqual([]);
  });
});

const answer: Answer = {
  category: "contract",
  text: "De opzegtermijn is drie maanden.\n\n- schriftelijk opzeggen\n- bij de contractmanager",
  sources: [{ title: "Raamovereenkomst Jeugd 2024", section: "artikel 12.3" }],
  unsure: false,
};

describe("insertAnswer", () => {
  it("splits lines and turns dash bullets into bullet characters", () => {
    expect(answerParagraphs(answer.text)).toEqual([
      "De opzegtermijn is drie maanden.",
      "• schriftelijk opzeggen",
      "• bij de contractmanager",
    ]);
  });

  it("inserts the answer after the cursor as Quote paragraphs followed by an italic source line", async () => {
    const { mock, paragraphs } = wordMock();
    const count = await mock.run((context) => insertAnswer(context, answer));
    expect(count).toBe(4);
    expect(paragraphs.map((p) => [p.text, p.location, p.after, p.styleBuiltIn, p.font.italic])).toEqual([
      ["De opzegtermijn is drie maanden.", "After", -1, "Quote", undefined],
      ["• schriftelijk opzeggen", "After", 0, "Quote", undefined],
      ["• bij de contractmanager", "After", 1, "Quote", undefined],
      ["Bron: Raamovereenkomst Jeugd 2024, artikel 12.3", "After", 2, "Normal", true],
    ]);
  });

  it("names several sources, and a source without section by title only", () => {
    expect(sourceLine([{ title: "Raamovereenkomst", section: "§ 4" }, { title: "Nota van inlichtingen", section: null }]))
      .toBe("Bronnen: Raamovereenkomst, § 4; Nota van inlichtingen");
    expect(sourceLine([])).toBeNull();
  });

  it("leaves out the source line when there are no sources", async () => {
    const { context, paragraphs } = wordMock();
    await insertAnswer(context, { ...answer, text: "Ja.", sources: [] });
    expect(paragraphs.map((p) => p.text)).toEqual(["Ja."]);
  });

  it("refuses an empty answer", async () => {
    const { context, paragraphs } = wordMock();
    await expect(insertAnswer(context, { ...answer, text: "\n  \n" })).rejects.toThrow("Het antwoord is leeg");
    expect(paragraphs).toEqual([]);
  });
});
