import { useEffect, useId, useState } from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "@fluentui/react-icons";
import { ApiError, toDisplayError, type ApiClient } from "../../api";
import { formatEuro, formatNumber, parseEuro, parsePercent } from "../../dutch";
import { InputError, officeFailure, runExcel } from "../../office";
import { createGemeentenTable, GEMEENTEN_TABLE, INPUT_SHEET, readGemeentenTable, type GemeentenTable } from "../../excel/gemeentenTable";
import { ALLOCATION_SHEET, writeAllocationTable } from "../../excel/allocationTable";
import type { Afronding, Allocation, Sleutel } from "../../types";
import { ErrorBar, InfoBar, Progress, useStyles } from "../common";

const useLocal = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    margin: 0, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  sum: { margin: 0, fontSize: tokens.fontSizeBase200 },
  sumWrong: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
});

interface SleutelInput {
  id: number;
  naam: string;
  gewicht: string;
  kolom: string;
}

type TableState =
  | { kind: "reading" }
  | { kind: "ok"; table: GemeentenTable }
  | { kind: "missing" }
  | { kind: "invalid"; error: ApiError };

type Phase = "idle" | "filling" | "calculating" | "writing";

/** Checks the form; returns the request parts or the Dutch problems. */
export function validateAllocation(bedrag: string, sleutels: SleutelInput[], table: GemeentenTable | null):
  { ok: true; bedrag: number; sleutels: Sleutel[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const amount = parseEuro(bedrag);
  if (!amount.ok) problems.push(amount.message);
  if (!table) problems.push(`Er is nog geen bruikbare tabel "${GEMEENTEN_TABLE}".`);
  if (sleutels.length === 0) problems.push("Voeg minstens één verdeelsleutel toe.");
  const parsed: Sleutel[] = [];
  const names = new Set<string>();
  sleutels.forEach((s, i) => {
    const label = `Verdeelsleutel ${i + 1}`;
    const naam = s.naam.trim() || s.kolom;
    if (!naam) problems.push(`${label}: geef de sleutel een naam.`);
    else if (names.has(naam.toLowerCase())) problems.push(`${label}: de naam "${naam}" is al gebruikt.`);
    names.add(naam.toLowerCase());
    const weight = parsePercent(s.gewicht);
    if (!weight.ok) problems.push(`${label}: ${weight.message}`);
    if (!s.kolom) problems.push(`${label}: kies een kolom uit de tabel.`);
    else if (table && !table.columns.includes(s.kolom)) problems.push(`${label}: de kolom "${s.kolom}" staat niet (meer) in de tabel.`);
    parsed.push({ naam, gewichtPercent: weight.ok ? weight.value : 0, kolom: s.kolom });
  });
  const sum = parsed.reduce((total, s) => total + s.gewichtPercent, 0);
  if (sleutels.length > 0 && Math.abs(sum - 100) > 0.001) {
    problems.push(`De gewichten tellen op tot ${formatNumber(sum)}%; dat moet 100% zijn.`);
  }
  if (problems.length > 0 || !amount.ok) return { ok: false, problems };
  return { ok: true, bedrag: amount.value, sleutels: parsed };
}

let nextId = 1;

export function CostTab({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const local = useLocal();
  const baseId = useId();
  const [tableState, setTableState] = useState<TableState>({ kind: "reading" });
  const [bedrag, setBedrag] = useState("");
  const [afronding, setAfronding] = useState<Afronding>("euro");
  const [sleutels, setSleutels] = useState<SleutelInput[]>([]);
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<Allocation | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setTableState({ kind: "reading" });
    runExcel((context) => readGemeentenTable(context)).then(
      (read) => current && setTableState(read),
      (e: unknown) => current && setTableState({ kind: "invalid", error: excelError("Excel kon de tabel Gemeenten niet lezen", e) }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const table = tableState.kind === "ok" ? tableState.table : null;
  const columns = table?.columns ?? [];

  // One sleutel to start with, on the table's first numeric column.
  useEffect(() => {
    if (table && sleutels.length === 0) {
      setSleutels([{ id: nextId++, naam: table.columns[0], gewicht: "100", kolom: table.columns[0] }]);
    }
  }, [table, sleutels.length]);

  const busy = phase !== "idle";
  const reread = () => setAttempt((n) => n + 1);

  const fillFromRegion = async () => {
    setError(null);
    setPhase("filling");
    try {
      const region = await api.getRegion();
      await runExcel((context) => createGemeentenTable(context, region));
      reread();
    } catch (e) {
      setError(e instanceof ApiError ? e : excelError("Excel kon de tabel niet maken", e));
    } finally {
      setPhase("idle");
    }
  };

  const update = (id: number, change: Partial<SleutelInput>) =>
    setSleutels((list) => list.map((s) => {
      if (s.id !== id) return s;
      const next = { ...s, ...change };
      // A name that just followed the column keeps following it.
      if (change.kolom !== undefined && (s.naam === s.kolom || s.naam.trim() === "")) next.naam = change.kolom;
      return next;
    }));

  const addSleutel = () => {
    const unused = columns.find((c) => !sleutels.some((s) => s.kolom === c)) ?? columns[0] ?? "";
    setSleutels((list) => [...list, { id: nextId++, naam: unused, gewicht: "", kolom: unused }]);
  };

  const weightSum = sleutels.reduce((sum, s) => {
    const w = parsePercent(s.gewicht);
    return sum + (w.ok ? w.value : 0);
  }, 0);

  const calculate = async () => {
    setError(null);
    setResult(null);
    const checked = validateAllocation(bedrag, sleutels, table);
    if (!checked.ok) {
      setError(new ApiError("problem", "Controleer de invoer", null, checked.problems));
      return;
    }
    setPhase("calculating");
    let allocation: Allocation;
    try {
      allocation = await api.allocateCosts({ bedrag: checked.bedrag, afronding, sleutels: checked.sleutels, gemeenten: table!.gemeenten });
    } catch (e) {
      setError(toDisplayError(e));
      setPhase("idle");
      return;
    }
    setPhase("writing");
    try {
      await runExcel((context) => writeAllocationTable(context, allocation, checked.sleutels, afronding));
      setResult(allocation);
    } catch (e) {
      setError(excelError("Excel kon de kostenverdeling niet schrijven", e));
    } finally {
      setPhase("idle");
    }
  };

  const progress = phase === "filling" ? "Gemeenten uit de regio ophalen…"
    : phase === "calculating" ? "Berekenen…"
    : phase === "writing" ? "Schrijven naar Excel…"
    : tableState.kind === "reading" ? "Tabel Gemeenten lezen…"
    : null;

  return (
    <div className={styles.stack}>
      <section className={styles.stack} aria-label="Gemeenten">
        {tableState.kind === "ok" && (
          <InfoBar
            title={`${tableState.table.gemeenten.length} gemeenten uit tabel "${GEMEENTEN_TABLE}"`}
            actions={<Button size="small" onClick={reread} disabled={busy}>Opnieuw lezen</Button>}
          >
            Blad "{tableState.table.sheet}", kolommen: {tableState.table.columns.join(", ")}.
            {tableState.table.ignored.length > 0 && ` Zonder getallen, niet gebruikt: ${tableState.table.ignored.join(", ")}.`}
          </InfoBar>
        )}
        {tableState.kind === "missing" && (
          <InfoBar
            title={`Deze werkmap heeft nog geen tabel "${GEMEENTEN_TABLE}"`}
            actions={<Button size="small" appearance="primary" onClick={() => void fillFromRegion()} disabled={busy}>Vul uit de regio</Button>}
          >
            TeamBot kan de gemeenten van de regio met hun inwonertallen op een blad "{INPUT_SHEET}" zetten. Je kunt de getallen daarna aanpassen.
          </InfoBar>
        )}
        {tableState.kind === "invalid" && <ErrorBar error={tableState.error} onRetry={reread} />}
      </section>

      <Field label="Te verdelen bedrag" required hint="In euro's, bijvoorbeeld 250.788 of 250788,50">
        <Input value={bedrag} onChange={(_, d) => setBedrag(d.value)} inputMode="decimal" contentBefore="€" disabled={busy} autoComplete="off" />
      </Field>

      <Field label="Afronding">
        <RadioGroup value={afronding} onChange={(_, d) => setAfronding(d.value as Afronding)} disabled={busy}>
          <Radio value="euro" label="Hele euro's" />
          <Radio value="cent" label="Centen" />
        </RadioGroup>
      </Field>

      <section className={styles.stack} aria-labelledby={`${baseId}-keys`}>
        <h2 id={`${baseId}-keys`} className={styles.heading}>Verdeelsleutels</h2>
        {sleutels.length === 0 && <p className={styles.hint}>De sleutels komen uit de kolommen van de tabel "{GEMEENTEN_TABLE}".</p>}
        {sleutels.map((s, i) => (
          <fieldset key={s.id} className={local.fieldset}>
            <legend className={local.legend}>Verdeelsleutel {i + 1}</legend>
            <Field label="Naam">
              <Input value={s.naam} onChange={(_, d) => update(s.id, { naam: d.value })} disabled={busy} />
            </Field>
            <Field label="Kolom in de tabel">
              <Select className={styles.select} value={s.kolom} onChange={(_, d) => update(s.id, { kolom: d.value })} disabled={busy || columns.length === 0}>
                {columns.length === 0 && <option value="">Geen kolommen</option>}
                {!columns.includes(s.kolom) && s.kolom && <option value={s.kolom}>{s.kolom} (niet in tabel)</option>}
                {columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </Select>
            </Field>
            <Field label="Gewicht (%)">
              <Input value={s.gewicht} onChange={(_, d) => update(s.id, { gewicht: d.value })} inputMode="decimal" contentAfter="%" disabled={busy} autoComplete="off" />
            </Field>
            {sleutels.length > 1 && (
              <div>
                <Button size="small" appearance="subtle" icon={<Delete16Regular />} onClick={() => setSleutels((list) => list.filter((x) => x.id !== s.id))} disabled={busy}
                  aria-label={`Verdeelsleutel ${i + 1} (${s.naam || s.kolom}) verwijderen`}>
                  Verwijderen
                </Button>
              </div>
            )}
          </fieldset>
        ))}
        <div className={styles.row}>
          <Button size="small" icon={<Add16Regular />} onClick={addSleutel} disabled={busy || columns.length === 0}>
            Sleutel toevoegen
          </Button>
        </div>
        {sleutels.length > 0 && (
          <p className={Math.abs(weightSum - 100) > 0.001 ? local.sumWrong : local.sum} aria-live="polite">
            Totaal gewicht: {formatNumber(weightSum)}%{Math.abs(weightSum - 100) > 0.001 ? " (moet 100% zijn)" : ""}
          </p>
        )}
      </section>

      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void calculate()} disabled={busy || !table}>
          Bereken
        </Button>
      </div>

      <Progress label={progress} />
      {error && <ErrorBar error={error} onRetry={error.kind === "unreachable" ? () => void calculate() : undefined} />}
      {result && (
        <InfoBar intent="success" title={`De kostenverdeling staat op blad "${ALLOCATION_SHEET}"`}>
          {formatEuro(result.totaal)} verdeeld over {result.regels.length} gemeenten. {result.afronding}
        </InfoBar>
      )}
    </div>
  );
}

function excelError(action: string, e: unknown): ApiError {
  if (e instanceof InputError) return new ApiError("problem", e.message, null, e.problems);
  return new ApiError("problem", officeFailure(action, e));
}
