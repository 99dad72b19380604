// Finding the Office host, and running Word/Excel batches, without assuming office.js loaded.

export type HostKind = "Word" | "Excel";

export type HostState =
  | { kind: "ready"; host: HostKind }
  /** Office is there but this is another app (Outlook, PowerPoint) or a plain browser (host null). */
  | { kind: "other"; host: string | null }
  /** office.js did not load at all. */
  | { kind: "missing" };

interface OfficeReady {
  onReady(callback?: (info: { host: string | null; platform?: string | null }) => void): Promise<{ host: string | null }> | void;
}

function officeGlobal(): OfficeReady | undefined {
  const office = (globalThis as { Office?: unknown }).Office;
  return office && typeof (office as OfficeReady).onReady === "function" ? (office as OfficeReady) : undefined;
}

export function hostState(host: string | null | undefined): HostState {
  if (host === "Word" || host === "Excel") return { kind: "ready", host };
  return { kind: "other", host: host ?? null };
}

/**
 * Resolves once Office says which host this is. Works with the real office.js (callback and
 * promise) and with a stub that only implements one of them. Never rejects.
 */
export function detectHost(office: OfficeReady | undefined = officeGlobal()): Promise<HostState> {
  if (!office) return Promise.resolve({ kind: "missing" });
  return new Promise<HostState>((resolve) => {
    let done = false;
    const finish = (info: { host?: string | null } | undefined) => {
      if (done) return;
      done = true;
      resolve(hostState(info?.host));
    };
    try {
      const result = office.onReady((info) => finish(info));
      if (result && typeof (result as Promise<unknown>).then === "function") {
        (result as Promise<{ host: string | null }>).then(finish, () => finish(undefined));
      }
    } catch {
      finish(undefined);
    }
  });
}

/** Runs a Word batch through the global Word.run. */
export function runWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  const word = (globalThis as { Word?: typeof Word }).Word;
  if (!word?.run) return Promise.reject(new Error("Word is niet beschikbaar. Open TeamBot in Word."));
  return word.run(batch);
}

/** Runs an Excel batch through the global Excel.run. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel?.run) return Promise.reject(new Error("Excel is niet beschikbaar. Open TeamBot in Excel."));
  return excel.run(batch);
}

/** A Dutch message for a failed Office call, keeping Office's own (localised) text. */
export function officeFailure(action: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof message === "string" && message ? message : typeof code === "string" ? code : "";
  return detail ? `${action}: ${detail}` : `${action}.`;
}

/** A problem with what is in the document or workbook, already phrased for the user. */
export class InputError extends Error {
  readonly problems: string[];
  constructor(message: string, problems: string[] = []) {
    super(message);
    this.name = "InputError";
    this.problems = problems;
  }
}
