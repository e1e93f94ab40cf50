/**
 * Findings, errors first. Each finding is a button: click or Enter selects its cell in the workbook.
 * Long lists show the first page and a "Show all" button so the pane stays responsive.
 */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../engine/types";
import { SeverityLabel } from "./SeverityLabel";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const FIRST_PAGE = 50;

export interface FindingsListProps {
  findings: Finding[];
  onSelect(cell: string): void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginLeft: tokens.spacingHorizontalS },
  static: { cursor: "default", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  message: { display: "block", marginTop: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

export function FindingsList({ findings, onSelect }: FindingsListProps): React.JSX.Element {
  const styles = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const sorted = React.useMemo(
    () => [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
    [findings]
  );
  const shown = showAll ? sorted : sorted.slice(0, FIRST_PAGE);
  if (findings.length === 0) return <p>No findings: every row was read without a problem.</p>;
  return (
    <>
      <ul className={styles.list} aria-label="Findings">
        {shown.map((finding, index) => {
          const content = (
            <>
              <SeverityLabel severity={finding.severity} />
              {finding.cell && <span className={styles.cell}>{finding.cell}</span>}
              <span className={styles.message}>{finding.message}</span>
            </>
          );
          // Workbook-level findings have no cell to go to: shown, not clickable.
          const selectable = finding.cell.includes("!");
          return (
            <li key={`${finding.cell}|${finding.code}|${index}`}>
              {selectable ? (
                <button
                  type="button"
                  className={styles.item}
                  onClick={() => onSelect(finding.cell)}
                >
                  {content}
                  <span className={styles.srOnly}> Select cell {finding.cell}.</span>
                </button>
              ) : (
                <div className={mergeClasses(styles.item, styles.static)}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
      {!showAll && sorted.length > FIRST_PAGE && (
        <Button appearance="subtle" onClick={() => setShowAll(true)}>
          Show all {sorted.length} findings
        </Button>
      )}
    </>
  );
}
