/**
 * The task pane: pick a quarter, classify, read the summary, findings and commentary, edit and copy
 * the commentary. The same component runs in Excel and in the browser preview; only the port differs.
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  Dismiss20Regular,
  Eraser20Regular,
  Play20Regular,
  Settings20Regular,
} from "@fluentui/react-icons";
import type { WorkbookPort } from "../../ports/workbookPort";
import { usePane } from "../hooks/usePane";
import { useCommandOutcomes } from "../hooks/useCommandOutcomes";
import type { CommandOutcomeSource } from "../../commands/outcomes";
import { ErrorBar } from "./ErrorBar";
import { QuarterPicker } from "./QuarterPicker";
import { ProgressStatus } from "./ProgressStatus";
import { COMMENTARY_HEADING_ID, ResultView } from "./ResultView";
import { FindingsList } from "./FindingsList";

const SettingsPanel = React.lazy(
  () => import(/* webpackChunkName: "settings" */ "./SettingsPanel")
);
/** Lazy: only a sheet that could not be read needs it (with the dropdowns of SheetReading). */
const SheetRescue = React.lazy(
  () => import(/* webpackChunkName: "sheet-reading" */ "./SheetRescue")
);

export interface AppProps {
  port: WorkbookPort;
  /** Classify the default quarter as soon as the table is found (preview: a workbook just opened). */
  autoClassify?: boolean;
  /** Outcomes of the ribbon commands (shared runtime only): shown as the pane's own. */
  commandOutcomes?: CommandOutcomeSource;
}

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    "@media (max-width: 360px)": { padding: tokens.spacingHorizontalS },
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  sheet: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  sectionTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  /** Off screen until focused (WCAG 2.4.1 bypass blocks), then shown at the top of the pane. */
  skip: {
    position: "absolute",
    left: "-10000px",
    top: "auto",
    ":focus": {
      position: "static",
      display: "inline-block",
      marginBottom: tokens.spacingVerticalS,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      color: tokens.colorBrandForegroundLink,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  settings: {
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
});

export function App({ port, autoClassify = false, commandOutcomes }: AppProps): React.JSX.Element {
  useGlobalStyles();
  const styles = useStyles();
  const [state, actions] = usePane(port, autoClassify);
  useCommandOutcomes(commandOutcomes, actions.showCommandOutcome);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const { inspection, result } = state;
  const working = state.busy === "inspect" || state.busy === "classify" || state.busy === "clear";
  const reportError = actions.reportError;
  const onSettingsSaved = React.useCallback(
    () => actions.announce("Settings saved. Classify again to apply them."),
    [actions]
  );

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-busy={working}>
        {result && (
          <a
            className={styles.skip}
            href={`#${COMMENTARY_HEADING_ID}`}
            onClick={(event) => {
              // Moves focus as well as the view, so the next Tab is inside the commentary.
              event.preventDefault();
              const heading = document.getElementById(COMMENTARY_HEADING_ID);
              heading?.focus();
            }}
          >
            Skip to the commentary
          </a>
        )}
        <div className={styles.header}>
          <h1 className={styles.title}>Performance Challenge</h1>
          {/* Settings at the top: reachable without tabbing through every result. */}
          <Button
            appearance="subtle"
            icon={<Settings20Regular />}
            aria-expanded={settingsOpen}
            aria-controls="settings-panel"
            onClick={() => setSettingsOpen((open) => !open)}
          >
            {settingsOpen ? "Hide settings" : "Settings"}
          </Button>
        </div>
        {settingsOpen && (
          <section id="settings-panel" className={styles.settings} aria-label="Settings">
            <React.Suspense fallback={<Spinner size="tiny" label="Opening settings…" />}>
              <SettingsPanel port={port} onSaved={onSettingsSaved} onError={reportError} />
            </React.Suspense>
          </section>
        )}
        {inspection?.ok && (
          <p className={styles.sheet}>Indicator table on sheet: {inspection.sheet}</p>
        )}
        {state.error && <ErrorBar message={state.error} onDismiss={actions.dismissError} />}
        {state.notice && (
          <ErrorBar intent="warning" title="Nothing classified" message={state.notice} />
        )}

        <div className={styles.controls}>
          {inspection?.ok && (
            <QuarterPicker
              quarters={inspection.quarters}
              value={state.quarter}
              disabled={working}
              onChange={actions.setQuarter}
            />
          )}
          <Button
            appearance="primary"
            icon={<Play20Regular />}
            disabled={working || !inspection?.ok}
            onClick={() => void actions.classify()}
          >
            Classify quarter
          </Button>
          {state.busy === "classify" && (
            <Button icon={<Dismiss20Regular />} onClick={actions.cancel}>
              Cancel
            </Button>
          )}
          {result && (
            <Button
              icon={<Eraser20Regular />}
              disabled={working}
              onClick={() => void actions.clear()}
            >
              Clear classification
            </Button>
          )}
        </div>
        {/* A message already in the error or warning bar is not repeated below it (issue 22). */}
        <ProgressStatus
          busy={working}
          progress={state.progress}
          status={state.status === state.error || state.status === state.notice ? "" : state.status}
        />

        {result && (
          <ResultView
            result={result}
            edits={state.edits}
            logRefs={state.logRefs}
            busy={state.busy === "save" || state.busy === "redraft" || state.busy === "addToLog"}
            actions={actions}
            port={port}
          />
        )}
        {!result && state.rescue && (
          <React.Suspense fallback={<Spinner size="tiny" label="Loading the sheet's columns…" />}>
            <SheetRescue
              rescue={state.rescue}
              port={port}
              disabled={working}
              onChanged={actions.inspectAgain}
              onError={reportError}
              onAnnounce={actions.announce}
            />
          </React.Suspense>
        )}
        {!result && state.failureFindings.length > 0 && (
          <section aria-labelledby="failure-findings">
            <h2 id="failure-findings" className={styles.sectionTitle}>
              Findings ({state.failureFindings.length})
            </h2>
            <FindingsList
              findings={state.failureFindings}
              onSelect={(cell) => void actions.selectCell(cell)}
            />
          </section>
        )}
      </main>
    </FluentProvider>
  );
}

export default App;
