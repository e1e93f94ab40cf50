/** What a classification produced: summary, then the commentary, then findings and how the sheet was read. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RunResult } from "../../engine/types";
import type { PaneActions } from "../hooks/usePane";
import type { WorkbookPort } from "../../ports/workbookPort";
import { editsFor, offersFor, type PeriodEdits } from "../periodEdits";
import { LazySummaryPicture } from "./LazyPictures";
import { ReportDownload } from "./ReportDownload";
import { SummaryTable } from "./SummaryTable";
import { FindingsList } from "./FindingsList";
import { CommentarySection } from "./CommentarySection";
import { Collapsible } from "./Collapsible";
import { sheetReadingNeedsAttention } from "../sheetAttention";

/** The commentary's heading: the skip link at the pane's top goes there. */
export const COMMENTARY_HEADING_ID = "commentary-title";

/** Lazy: the dropdowns (Fluent's combobox and positioning) stay out of the pane's first load. */
const SheetReading = React.lazy(
  () => import(/* webpackChunkName: "sheet-reading" */ "./SheetReading")
);

export interface ResultViewProps {
  result: RunResult;
  /** Reviewers' edits of every period; this result's period's are shown, others offered. */
  edits: PeriodEdits;
  /** Refs the Challenge log lists for this period; null when unknown (no Add button then). */
  logRefs?: string[] | null;
  busy: boolean;
  actions: PaneActions;
  /** For the Word report (settings, Challenge log); without it the pane offers no report. */
  port?: WorkbookPort;
}

const useStyles = makeStyles({
  sectionTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  lead: { margin: `0 0 ${tokens.spacingVerticalS}` },
});

export function ResultView({
  result,
  edits,
  logRefs = null,
  busy,
  actions,
  port,
}: ResultViewProps): React.JSX.Element {
  const styles = useStyles();
  const period = result.quarter.label;
  const own = React.useMemo(() => editsFor(edits, period), [edits, period]);
  const offers = React.useMemo(() => offersFor(edits, period), [edits, period]);
  const contract = result.summary.total.count;
  const volumetric = result.indicators.filter((i) => i.type === "volumetric").length;
  const attention = sheetReadingNeedsAttention(result);
  const findingCount = result.findings.length;
  // Order (issue 22): what managers read first, then the reviewers' work, then the checks.
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className={styles.sectionTitle}>
          Summary, {result.quarter.label}
        </h2>
        <p className={styles.lead}>
          {contract} contract {contract === 1 ? "indicator" : "indicators"}
          {volumetric > 0 &&
            `; a further ${volumetric} volumetric ${volumetric === 1 ? "measure gives" : "measures give"} context`}
          .
        </p>
        <SummaryTable summary={result.summary} quarter={result.quarter.label} />
        <LazySummaryPicture result={result} />
        {port && (
          <ReportDownload
            port={port}
            result={result}
            edits={own}
            onError={actions.reportError}
            onAnnounce={actions.announce}
          />
        )}
      </section>
      <section aria-labelledby={COMMENTARY_HEADING_ID}>
        {/* The skip link's target (App): focusable by script only. */}
        <h2 id={COMMENTARY_HEADING_ID} className={styles.sectionTitle} tabIndex={-1}>
          Challenge commentary
        </h2>
        <CommentarySection
          items={result.commentary}
          result={result}
          edits={own}
          offers={offers}
          busy={busy}
          onSave={actions.saveCommentary}
          onRedraft={actions.redraft}
          onSelectCell={(cell) => void actions.selectCell(cell)}
          logRefs={logRefs}
          onAddToLog={actions.addToChallengeLog}
          onError={actions.reportError}
          onAnnounce={actions.announce}
        />
      </section>
      <Collapsible
        key={`findings|${period}`}
        id="findings"
        title={`Findings (${findingCount})`}
        initiallyOpen={result.findings.some((f) => f.severity !== "info")}
        closedNote={findingCount === 0 ? "Every row was read without a problem." : undefined}
      >
        <FindingsList
          findings={result.findings}
          onSelect={(cell) => void actions.selectCell(cell)}
        />
      </Collapsible>
      {port && (
        <Collapsible
          key={`reading|${period}`}
          id="sheet-reading"
          title="How the sheet was read"
          initiallyOpen={attention}
          closedNote={attention ? undefined : "Nothing needs your attention."}
        >
          <React.Suspense fallback={<p>Loading how the sheet was read…</p>}>
            <SheetReading
              result={result}
              port={port}
              disabled={busy}
              onChanged={async () => {
                // A named period may add to the table's periods: the picker reads them again.
                await actions.classify();
                await actions.refreshPeriods();
              }}
              onError={actions.reportError}
              onAnnounce={actions.announce}
            />
          </React.Suspense>
        </Collapsible>
      )}
    </>
  );
}
