// A Word document for office-addin-mock that records what the code inserts.
import { OfficeMockObject } from "office-addin-mock";

export interface FileInsert {
  target: "body" | "selection";
  base64: string;
  location: string;
}

export interface ParagraphRecord {
  text: string;
  location: string;
  /** Index of the paragraph (or -1 for the selection) it was inserted relative to. */
  after: number;
  styleBuiltIn?: string;
  font: { italic?: boolean };
}

export function wordMock() {
  const files: FileInsert[] = [];
  const paragraphs: ParagraphRecord[] = [];

  const paragraphApi = (record: ParagraphRecord, index: number) =>
    Object.assign(record, {
      insertParagraph(text: string, location: string) {
        return newParagraph(text, location, index);
      },
    });
  const newParagraph = (text: string, location: string, after: number) => {
    const record: ParagraphRecord = { text, location, after, font: {} };
    paragraphs.push(record);
    return paragraphApi(record, paragraphs.length - 1);
  };

  const data = {
    context: {
      document: {
        body: {
          insertFileFromBase64(base64: string, location: string) {
            files.push({ target: "body", base64, location });
            return {};
          },
        },
        getSelection() {
          return {
            insertFileFromBase64(base64: string, location: string) {
              files.push({ target: "selection", base64, location });
              return {};
            },
            insertParagraph(text: string, location: string) {
              return newParagraph(text, location, -1);
            },
          };
        },
      },
    },
    run: async function <T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: Word.RequestContext; run: typeof Word.run };
  return { mock, context: mock.context, files, paragraphs };
}
