import { useState } from "react";
import { Badge, Button, Field, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ApiError, toDisplayError, type ApiClient } from "../../api";
import { officeFailure, runWord } from "../../office";
import { answerParagraphs, insertAnswer, sourceLine } from "../../word/insertAnswer";
import type { Answer } from "../../types";
import { ErrorBar, InfoBar, Progress, useLoad, useStyles } from "../common";

const useLocal = makeStyles({
  answer: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalM,
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, overflowWrap: "anywhere",
  },
  text: { margin: 0 },
  source: { margin: 0, fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

const CATEGORY: Record<Answer["category"], string> = { contract: "Contract", casuistiek: "Casuïstiek", overig: "Overig" };

export function QuestionTab({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const local = useLocal();
  const region = useLoad(() => api.getRegion());
  const [question, setQuestion] = useState("");
  const [municipality, setMunicipality] = useState("");
  const [phase, setPhase] = useState<"idle" | "asking" | "inserting">("idle");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [inserted, setInserted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [touched, setTouched] = useState(false);

  const busy = phase !== "idle";
  const empty = question.trim() === "";

  const ask = async (event?: React.FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (empty || busy) return;
    setError(null);
    setAnswer(null);
    setInserted(false);
    setPhase("asking");
    try {
      setAnswer(await api.askQuestion({ question: question.trim(), municipality: municipality || null }));
    } catch (e) {
      setError(toDisplayError(e));
    } finally {
      setPhase("idle");
    }
  };

  const insert = async () => {
    if (!answer) return;
    setError(null);
    setPhase("inserting");
    try {
      await runWord((context) => insertAnswer(context, answer));
      setInserted(true);
    } catch (e) {
      setError(new ApiError("problem", officeFailure("Word kon het antwoord niet invoegen", e)));
    } finally {
      setPhase("idle");
    }
  };

  const lines = answer ? answerParagraphs(answer.text) : [];
  const source = answer ? sourceLine(answer.sources) : null;

  return (
    <div className={styles.stack}>
      <form className={styles.stack} onSubmit={(e) => void ask(e)} aria-label="Vraag over een contract" noValidate>
        <Field
          label="Je vraag over een contract"
          required
          validationMessage={touched && empty ? "Typ eerst een vraag." : undefined}
          hint="Bijvoorbeeld: Wat is de opzegtermijn in de raamovereenkomst Jeugd?"
        >
          <Textarea
            value={question}
            onChange={(_, d) => setQuestion(d.value)}
            resize="vertical"
            rows={4}
            disabled={busy}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void ask();
            }}
          />
        </Field>
        <Field label="Gemeente (optioneel)" validationMessage={region.error ? "De gemeenten konden niet geladen worden; je kunt wel zonder gemeente vragen." : undefined} validationState={region.error ? "warning" : "none"}>
          <Select className={styles.select} value={municipality} onChange={(_, d) => setMunicipality(d.value)} disabled={busy}>
            <option value="">Geen gemeente</option>
            {region.data?.municipalities.map((m) => (
              <option key={m.name} value={m.name}>{m.name}</option>
            ))}
          </Select>
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={busy}>
            Vraag stellen
          </Button>
        </div>
      </form>

      <Progress label={phase === "asking" ? "Antwoord zoeken…" : phase === "inserting" ? "Invoegen in Word…" : null} />
      {error && <ErrorBar error={error} onRetry={error.kind === "unreachable" ? () => void ask() : undefined} />}

      {answer && (
        <section className={local.answer} aria-label="Antwoord van TeamBot">
          <div className={styles.row}>
            <h2 className={styles.heading}>Antwoord</h2>
            <Badge appearance="outline">{CATEGORY[answer.category] ?? answer.category}</Badge>
          </div>
          {answer.unsure && (
            <InfoBar intent="warning" title="TeamBot is hier niet zeker van">
              Controleer het antwoord in de bron voordat je het gebruikt.
            </InfoBar>
          )}
          <Lines lines={lines} className={local.text} />
          {source && <p className={local.source}>{source}</p>}
          <div className={styles.row}>
            <Button onClick={() => void insert()} disabled={busy || lines.length === 0}>
              Invoegen
            </Button>
          </div>
          {inserted && <InfoBar intent="success">Het antwoord staat als citaat in het document, met de bron eronder.</InfoBar>}
        </section>
      )}
    </div>
  );
}

/** Paragraphs, with runs of "• " lines as a real list for screen readers. */
function Lines({ lines, className }: { lines: string[]; className: string }) {
  const blocks: (string | string[])[] = [];
  for (const line of lines) {
    if (line.startsWith("• ")) {
      const last = blocks.at(-1);
      if (Array.isArray(last)) last.push(line.slice(2));
      else blocks.push([line.slice(2)]);
    } else {
      blocks.push(line);
    }
  }
  return (
    <>
      {blocks.map((block, i) =>
        Array.isArray(block) ? (
          <ul key={i} className={className} style={{ paddingLeft: "1.2em" }}>
            {block.map((item, j) => <li key={j}>{item}</li>)}
          </ul>
        ) : (
          <p key={i} className={className}>{block}</p>
        ),
      )}
    </>
  );
}
