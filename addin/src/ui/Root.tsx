import { useEffect, useMemo, useState } from "react";
import { AriaLiveAnnouncer, FluentProvider, Spinner, webLightTheme, makeStyles, tokens } from "@fluentui/react-components";
import { detectHost, type HostState } from "../office";
import { ApiClient } from "../api";
import { App } from "./App";

const useStyles = makeStyles({
  page: { minHeight: "100vh", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1 },
  notice: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** How long to wait for Office before saying the pane belongs in Word or Excel. */
const OFFICE_PATIENCE_MS = 6000;

export function Root({ api: given, detect = detectHost }: { api?: ApiClient; detect?: () => Promise<HostState> }) {
  const styles = useStyles();
  const api = useMemo(() => given ?? new ApiClient(), [given]);
  const [host, setHost] = useState<HostState | "waiting" | "slow">("waiting");

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => current && setHost((h) => (h === "waiting" ? "slow" : h)), OFFICE_PATIENCE_MS);
    detect().then((state) => current && setHost(state));
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [detect]);

  let content;
  if (host === "waiting") {
    content = (
      <div className={styles.notice} role="status">
        <Spinner size="small" label="Verbinden met Office…" />
      </div>
    );
  } else if (host === "slow" || host.kind !== "ready") {
    content = <NotInOffice />;
  } else {
    content = <App host={host.host} api={api} />;
  }

  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang="nl">
      <AriaLiveAnnouncer>{content}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function NotInOffice() {
  const styles = useStyles();
  return (
    <main className={styles.notice}>
      <h1 style={{ margin: 0, fontSize: tokens.fontSizeBase500 }}>TeamBot</h1>
      <p role="alert" style={{ margin: 0 }}>
        Open dit in Word of Excel. TeamBot werkt hier als invoegtoepassing: in Word voor het uitvoeringsplan en
        vragen over contracten, in Excel voor de kostenverdeling en het vragenlog.
      </p>
    </main>
  );
}
