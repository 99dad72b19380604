import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import {
  Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import { toDisplayError, type ApiError } from "../api";

export const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: "1.2em", overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  live: { minHeight: "1px" },
  breakable: { overflowWrap: "anywhere" },
  /** A native select is as wide as its longest option; let it shrink to the pane instead. */
  select: { minWidth: 0, maxWidth: "100%" },
  body: { display: "block", marginTop: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

/** Loads data on mount (and on reload); keeps the error for the pane to show. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [state, setState] = useState<{ loading: boolean; data?: T; error?: ApiError }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    let current = true;
    setState((s) => ({ loading: true, data: s.data }));
    latest.current().then(
      (data) => current && setState({ loading: false, data }),
      (error: unknown) => current && setState({ loading: false, error: toDisplayError(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, ...deps]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

/** An error as the pane shows it: title, the host's located problems, and a retry where it helps. */
export function ErrorBar({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  const styles = useStyles();
  const retry = onRetry && error.kind !== "forbidden";
  return (
    <MessageBar intent="error" layout="multiline" data-kind={error.kind}>
      <MessageBarBody>
        <MessageBarTitle>{title ?? error.message}</MessageBarTitle>
        {title && title !== error.message && <div className={styles.body}>{error.message}</div>}
        {error.problems.length > 0 && (
          <ul className={styles.list}>
            {error.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {retry && (
        <MessageBarActions>
          <Button size="small" icon={<ArrowClockwise16Regular />} onClick={onRetry}>
            Opnieuw proberen
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function WarningsBar({ warnings, title = "Let op" }: { warnings: string[]; title?: string }) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function InfoBar({ title, children, intent = "info", actions }: { title?: string; children?: ReactNode; intent?: "info" | "success" | "warning"; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children && <div className={styles.body}>{children}</div>}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

/**
 * A polite live region that is always in the page, so screen readers announce the
 * progress text when it changes ("Document maken…", "Invoegen in Word…").
 */
export function Progress({ label }: { label: string | null }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.live}>
      {label && <Spinner size="tiny" labelPosition="after" label={label} />}
    </div>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" inline>
      {children}
    </Link>
  );
}
