import { useState } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { ApiError, toDisplayError, type ApiClient } from "../../api";
import { thisYear } from "../../dutch";
import { officeFailure, runExcel } from "../../office";
import { LOG_SHEET, writeQuestionLog } from "../../excel/questionLog";
import { ErrorBar, InfoBar, Progress, useStyles } from "../common";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dutch problems with the chosen period; empty when it can be asked. */
export function periodProblems(from: string, to: string): string[] {
  const problems: string[] = [];
  if (!ISO_DATE.test(from)) problems.push("Kies een begindatum.");
  if (!ISO_DATE.test(to)) problems.push("Kies een einddatum.");
  if (problems.length === 0 && from > to) problems.push("De begindatum ligt na de einddatum.");
  return problems;
}

export function LogTab({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const year = thisYear();
  const [from, setFrom] = useState(year.from);
  const [to, setTo] = useState(year.to);
  const [phase, setPhase] = useState<"idle" | "loading" | "writing">("idle");
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<{ questions: number; weeks: number } | "empty" | null>(null);

  const busy = phase !== "idle";

  const fetchLog = async () => {
    setError(null);
    setOutcome(null);
    const problems = periodProblems(from, to);
    if (problems.length > 0) {
      setError(new ApiError("problem", "Controleer de periode", null, problems));
      return;
    }
    setPhase("loading");
    let rows;
    try {
      rows = (await api.getQuestionLog(from, to)).rows ?? [];
    } catch (e) {
      setError(toDisplayError(e));
      setPhase("idle");
      return;
    }
    if (rows.length === 0) {
      setOutcome("empty");
      setPhase("idle");
      return;
    }
    setPhase("writing");
    try {
      const layout = await runExcel((context) => writeQuestionLog(context, rows));
      setOutcome({ questions: rows.length, weeks: layout.weeks });
    } catch (e) {
      setError(new ApiError("problem", officeFailure("Excel kon het vragenlog niet schrijven", e)));
    } finally {
      setPhase("idle");
    }
  };

  return (
    <div className={styles.stack}>
      <p className={styles.hint}>
        De vragen aan TeamBot per week, gemeente, categorie en uitkomst, als tabel klaar voor een draaitabel, met een grafiek per week.
      </p>
      <div className={styles.row}>
        <Field label="Van">
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} disabled={busy} />
        </Field>
        <Field label="Tot en met">
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} disabled={busy} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void fetchLog()} disabled={busy}>
          Vragenlog ophalen
        </Button>
      </div>
      <Progress label={phase === "loading" ? "Vragenlog ophalen…" : phase === "writing" ? "Schrijven naar Excel…" : null} />
      {error && <ErrorBar error={error} onRetry={error.kind === "unreachable" || error.kind === "unauthorized" ? () => void fetchLog() : undefined} />}
      {outcome === "empty" && <InfoBar title="Nog geen vragen in deze periode">Kies een andere periode, of kijk later nog eens.</InfoBar>}
      {outcome && outcome !== "empty" && (
        <InfoBar intent="success" title={`Het vragenlog staat op blad "${LOG_SHEET}"`}>
          {outcome.questions} {outcome.questions === 1 ? "vraag" : "vragen"} uit {outcome.weeks} {outcome.weeks === 1 ? "week" : "weken"}, met een grafiek van het aantal vragen per week.
        </InfoBar>
      )}
    </div>
  );
}
