import { useEffect, useId, useState } from "react";
import { Badge, Spinner, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ApiClient } from "../api";
import { createTokenProvider } from "../auth";
import type { HostKind } from "../office";
import type { AddinStatus } from "../types";
import { ErrorBar, useLoad } from "./common";
import { PlanTab } from "./word/PlanTab";
import { QuestionTab } from "./word/QuestionTab";
import { CostTab } from "./excel/CostTab";
import { LogTab } from "./excel/LogTab";

const useStyles = makeStyles({
  header: {
    display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  user: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  body: { padding: tokens.spacingHorizontalL },
});

interface TabDef {
  id: string;
  label: string;
  render: (status: AddinStatus) => React.ReactNode;
}

export function App({ host, api }: { host: HostKind; api: ApiClient }) {
  const styles = useStyles();
  const ids = useId();
  const status = useLoad(async () => {
    const result = await api.getStatus();
    // Before any panel loads: every later call carries the token this mode needs.
    api.setTokenProvider(createTokenProvider(result));
    return result;
  });

  const tabs: TabDef[] = host === "Word"
    ? [
        { id: "plan", label: "Plan", render: (s) => <PlanTab api={api} status={s} /> },
        { id: "vraag", label: "Vraag", render: () => <QuestionTab api={api} /> },
      ]
    : [
        { id: "kosten", label: "Kostenverdeling", render: () => <CostTab api={api} /> },
        { id: "vragenlog", label: "Vragenlog", render: () => <LogTab api={api} /> },
      ];
  const [selected, setSelected] = useState(tabs[0].id);
  // Panels stay mounted once opened, so switching tabs keeps what the user typed.
  const [opened, setOpened] = useState<Set<string>>(() => new Set([tabs[0].id]));
  useEffect(() => setOpened((o) => (o.has(selected) ? o : new Set(o).add(selected))), [selected]);

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>TeamBot</h1>
        {status.data?.mode === "local" && (
          <Badge appearance="tint" color="warning" aria-label="Lokale modus: TeamBot draait op deze computer, zonder aanmelden">
            lokale modus
          </Badge>
        )}
        {status.data?.mode === "signedIn" && status.data.user && (
          <Text className={styles.user}>Aangemeld als {status.data.user}</Text>
        )}
      </header>

      {status.loading && !status.data && (
        <div className={styles.body} role="status">
          <Spinner size="small" label="Verbinden met TeamBot…" />
        </div>
      )}
      {status.error && (
        <main className={styles.body}>
          <ErrorBar error={status.error} onRetry={status.reload} />
        </main>
      )}
      {status.data && !status.error && (
        <>
          <nav className={styles.tabs} aria-label={host === "Word" ? "TeamBot in Word" : "TeamBot in Excel"}>
            <TabList selectedValue={selected} onTabSelect={(_, d) => setSelected(String(d.value))} size="medium">
              {tabs.map((tab) => (
                <Tab key={tab.id} value={tab.id} id={`${ids}-tab-${tab.id}`} aria-controls={`${ids}-panel-${tab.id}`}>
                  {tab.label}
                </Tab>
              ))}
            </TabList>
          </nav>
          <main className={styles.body}>
            {tabs.map((tab) =>
              opened.has(tab.id) ? (
                <section
                  key={tab.id}
                  id={`${ids}-panel-${tab.id}`}
                  role="tabpanel"
                  aria-labelledby={`${ids}-tab-${tab.id}`}
                  hidden={selected !== tab.id}
                >
                  {tab.render(status.data!)}
                </section>
              ) : null,
            )}
          </main>
        </>
      )}
    </>
  );
}
