import { useEffect, useId, useState } from "react";
import { Button, Checkbox, Field, Label, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ApiError, toDisplayError, type ApiClient } from "../../api";
import { formatEuro } from "../../dutch";
import { officeFailure, runWord } from "../../office";
import { insertDocument, type InsertTarget } from "../../word/insertDocument";
import type { AddinStatus, PlanCosts, RenderResult } from "../../types";
import { ErrorBar, ExternalLink, InfoBar, Progress, WarningsBar, useLoad, useStyles } from "../common";

export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

const useLocal = makeStyles({
  file: {
    width: "100%", boxSizing: "border-box", fontFamily: "inherit", fontSize: tokens.fontSizeBase300,
    padding: tokens.spacingVerticalXS,
  },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "left", overflowWrap: "anywhere" },
  amount: { padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
});

type Source = "stored" | "file";
type Phase = "idle" | "rendering" | "inserting";

interface PlanText {
  label: string;
  yaml: string;
}

/** Reads a picked plan file, refusing what cannot be a plan before it reaches the host. */
export async function readPlanFile(file: File): Promise<PlanText> {
  if (!/\.ya?ml$/i.test(file.name)) throw new ApiError("problem", `"${file.name}" is geen YAML-bestand.`, null, ["Kies een plan met de extensie .yaml of .yml."]);
  if (file.size > MAX_PLAN_BYTES) throw new ApiError("problem", `"${file.name}" is groter dan 2 MB.`, null, ["Een plan is een tekstbestand van hooguit 2 MB."]);
  const yaml = await file.text();
  if (yaml.trim() === "") throw new ApiError("problem", `"${file.name}" is leeg.`);
  return { label: file.name, yaml };
}

export function PlanTab({ api, status }: { api: ApiClient; status: AddinStatus }) {
  const styles = useStyles();
  const local = useLocal();
  const fileId = useId();
  const templates = useLoad(() => api.getTemplates());
  const plans = useLoad(() => api.getPlans());

  const [template, setTemplate] = useState("");
  const [source, setSource] = useState<Source>("stored");
  const [planName, setPlanName] = useState("");
  const [plan, setPlan] = useState<PlanText | null>(null);
  const [planError, setPlanError] = useState<ApiError | null>(null);
  const [planLoading, setPlanLoading] = useState(false);
  const [costs, setCosts] = useState<{ loading: boolean; data?: PlanCosts; error?: ApiError }>({ loading: false });
  const [costsAttempt, setCostsAttempt] = useState(0);
  const [upload, setUpload] = useState(false);
  const [target, setTarget] = useState<InsertTarget>("document");
  const [phase, setPhase] = useState<Phase>("idle");
  // The target travels with the result: the message names where this insert went, whatever the radio says later.
  const [result, setResult] = useState<{ render: RenderResult; inserted: boolean; target: InsertTarget } | null>(null);
  const [error, setError] = useState<{ error: ApiError; title?: string } | null>(null);

  useEffect(() => {
    if (!template && templates.data?.length) setTemplate(templates.data[0].name);
  }, [templates.data, template]);

  // A stored plan: fetch its YAML when chosen.
  useEffect(() => {
    if (source !== "stored") return;
    setPlan(null);
    setPlanError(null);
    if (!planName) return;
    let current = true;
    setPlanLoading(true);
    api.getPlan(planName).then(
      (p) => current && setPlan({ label: plans.data?.find((x) => x.name === planName)?.title ?? p.name, yaml: p.yaml }),
      (e: unknown) => current && setPlanError(toDisplayError(e)),
    ).finally(() => current && setPlanLoading(false));
    return () => {
      current = false;
    };
  }, [api, planName, source, plans.data]);

  // The cost preview follows the plan.
  useEffect(() => {
    setCosts({ loading: false });
    if (!plan) return;
    let current = true;
    setCosts({ loading: true });
    api.getPlanCosts(plan.yaml).then(
      (data) => current && setCosts({ loading: false, data }),
      (e: unknown) => current && setCosts({ loading: false, error: toDisplayError(e) }),
    );
    return () => {
      current = false;
    };
  }, [api, plan, costsAttempt]);

  const onSource = (value: Source) => {
    setSource(value);
    setPlan(null);
    setPlanError(null);
    setResult(null);
  };

  const onFile = async (file: File | undefined) => {
    setPlan(null);
    setPlanError(null);
    setResult(null);
    if (!file) return;
    try {
      setPlan(await readPlanFile(file));
    } catch (e) {
      setPlanError(toDisplayError(e));
    }
  };

  const busy = phase !== "idle";
  const planBroken = costs.error?.kind === "problem";
  const canGenerate = !!template && !!plan && !busy && !planBroken;
  const willUpload = status.canUpload && upload;

  const generate = async () => {
    if (!plan || !template) return;
    setError(null);
    setResult(null);
    setPhase("rendering");
    let render: RenderResult;
    try {
      render = await api.renderPlan({ template, plan: plan.yaml, upload: willUpload, pdf: false });
    } catch (e) {
      setError({ error: toDisplayError(e), title: undefined });
      setPhase("idle");
      return;
    }
    setPhase("inserting");
    try {
      await runWord((context) => insertDocument(context, render.documentBase64, target));
      setResult({ render, inserted: true, target });
    } catch (e) {
      setResult({ render, inserted: false, target });
      setError({ error: new ApiError("problem", officeFailure("Word kon het document niet invoegen", e)) });
    } finally {
      setPhase("idle");
    }
  };

  const progress =
    phase === "rendering" ? (willUpload ? "Document maken en opslaan in de documentbibliotheek…" : "Document maken…")
    : phase === "inserting" ? "Invoegen in Word…"
    : planLoading ? "Plan ophalen…"
    : costs.loading ? "Kosten berekenen…"
    : null;

  const firstLoadError = templates.error ?? plans.error;
  if (firstLoadError && !templates.data && !plans.data) {
    return <ErrorBar error={firstLoadError} onRetry={() => { templates.reload(); plans.reload(); }} />;
  }

  return (
    <div className={styles.stack}>
      <Field label="Sjabloon" hint={templates.loading ? "Sjablonen laden…" : undefined} validationMessage={templates.error?.message}>
        <Select className={styles.select} value={template} onChange={(_, d) => { setTemplate(d.value); setResult(null); }} disabled={!templates.data?.length || busy}>
          {!templates.data?.length && <option value="">Geen sjablonen</option>}
          {templates.data?.map((t) => (
            <option key={t.name} value={t.name}>{t.name}</option>
          ))}
        </Select>
      </Field>

      <Field label="Plan">
        <RadioGroup value={source} onChange={(_, d) => onSource(d.value as Source)} disabled={busy}>
          <Radio value="stored" label="Opgeslagen plan" />
          <Radio value="file" label="Bestand van schijf (.yaml)" />
        </RadioGroup>
      </Field>

      {source === "stored" ? (
        <Field label="Welk plan" validationMessage={plans.error?.message} hint={plans.data && plans.data.length === 0 ? "TeamBot heeft nog geen opgeslagen plannen." : undefined}>
          <Select className={styles.select} value={planName} onChange={(_, d) => { setPlanName(d.value); setResult(null); }} disabled={!plans.data?.length || busy}>
            <option value="">Kies een plan</option>
            {plans.data?.map((p) => (
              <option key={p.name} value={p.name}>{p.title} ({p.year}{p.kind === "evaluatie" ? ", evaluatie" : ""})</option>
            ))}
          </Select>
        </Field>
      ) : (
        <div>
          <Label htmlFor={fileId}>Planbestand (.yaml, hooguit 2 MB)</Label>
          <input
            id={fileId}
            className={local.file}
            type="file"
            accept=".yaml,.yml"
            disabled={busy}
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </div>
      )}

      {planError && <ErrorBar error={planError} title="Dit plan kan niet gebruikt worden" />}
      {costs.error && (
        <ErrorBar
          error={costs.error}
          title={costs.error.kind === "problem" ? "Het plan klopt niet" : undefined}
          onRetry={costs.error.kind === "problem" ? undefined : () => setCostsAttempt((n) => n + 1)}
        />
      )}
      {costs.data && <CostPreview costs={costs.data} />}

      {status.canUpload && (
        <Checkbox checked={upload} onChange={(_, d) => setUpload(d.checked === true)} label="Opslaan in documentbibliotheek" disabled={busy} />
      )}
      <Field label="Invoegen">
        <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as InsertTarget)} disabled={busy}>
          <Radio value="document" label="Hele document vervangen" />
          <Radio value="cursor" label="Alleen op de cursor" />
        </RadioGroup>
      </Field>

      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void generate()} disabled={!canGenerate}>
          Genereer
        </Button>
      </div>

      <Progress label={progress} />
      {error && <ErrorBar error={error.error} title={error.title} />}
      {result && (
        <>
          {result.inserted && (
            <InfoBar intent="success" title={result.target === "document" ? "Het plan staat in het document." : "Het plan staat op de cursor."}>
              <span className={styles.breakable}>{result.render.fileName}</span>
            </InfoBar>
          )}
          {result.render.webUrl && (
            <InfoBar title="Opgeslagen in de documentbibliotheek">
              <ExternalLink href={result.render.webUrl}>Open {result.render.fileName}</ExternalLink>
            </InfoBar>
          )}
          <WarningsBar warnings={result.render.warnings} />
        </>
      )}
    </div>
  );
}

function CostPreview({ costs }: { costs: PlanCosts }) {
  const styles = useStyles();
  const local = useLocal();
  return (
    <section aria-label="Kostenverdeling uit het plan" className={styles.stack} style={{ marginTop: tokens.spacingVerticalS }}>
      <h2 className={styles.heading}>Kostenverdeling</h2>
      {costs.kostenverdelingen.length === 0 && <p className={styles.hint}>Dit plan heeft geen kostenverdeling.</p>}
      {costs.kostenverdelingen.map((k, i) => (
        <table key={i} className={local.table}>
          <caption className={local.caption}>{k.titel}</caption>
          <thead>
            <tr>
              <th scope="col" className={local.cell}>Gemeente</th>
              <th scope="col" className={local.amount}>Bedrag</th>
            </tr>
          </thead>
          <tbody>
            {k.regels.map((r) => (
              <tr key={r.gemeente}>
                <td className={local.cell}>{r.gemeente}</td>
                <td className={local.amount}>{formatEuro(r.bedrag)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={local.total}>
              <th scope="row" className={local.cell}>Totaal</th>
              <td className={local.amount}>{formatEuro(k.totaal)}</td>
            </tr>
          </tfoot>
        </table>
      ))}
      <WarningsBar warnings={costs.warnings} title="Waarschuwingen bij de kosten" />
    </section>
  );
}
