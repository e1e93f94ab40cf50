/**
 * Findings, errors first, grouped by kind with counts ("125 × polarity 'Info' …"); a group expands
 * to its cells. Each finding or cell is a button: click or Enter selects the cell in the workbook.
 * Only the rows on screen are rendered.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../engine/types";
import { findingRows, groupFindings, type FindingRow } from "../findingGroups";
import { DisclosureMark } from "./DisclosureMark";
import { SeverityLabel } from "./SeverityLabel";
import { VirtualList } from "./VirtualList";

export interface FindingsListProps {
  findings: Finding[];
  onSelect(cell: string): void;
}

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXS,
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
  cellRow: {
    marginLeft: tokens.spacingHorizontalXL,
    width: `calc(100% - ${tokens.spacingHorizontalXL})`,
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
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const kinds = React.useMemo(() => groupFindings(findings), [findings]);
  const rows = React.useMemo(() => findingRows(kinds, expanded), [kinds, expanded]);
  if (findings.length === 0) return <p>No findings: every row was read without a problem.</p>;

  const toggle = (key: string): void =>
    setExpanded((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const findingButton = (finding: Finding, inGroup: boolean): React.ReactNode => {
    const content = (
      <>
        {!inGroup && <SeverityLabel severity={finding.severity} />}
        {finding.cell && <span className={styles.cell}>{finding.cell}</span>}
        {!inGroup && <span className={styles.message}>{finding.message}</span>}
      </>
    );
    // Workbook-level findings have no cell to go to: shown, not clickable.
    if (!finding.cell.includes("!"))
      return <div className={mergeClasses(styles.item, styles.static)}>{content}</div>;
    return (
      <button
        type="button"
        className={mergeClasses(styles.item, inGroup && styles.cellRow)}
        onClick={() => onSelect(finding.cell)}
      >
        {content}
        <span className={styles.srOnly}> Select cell {finding.cell}.</span>
      </button>
    );
  };

  const renderRow = (row: FindingRow): React.ReactNode => {
    if (row.kind === "single") return findingButton(row.finding, false);
    if (row.kind === "cell") return findingButton(row.finding, true);
    const { group } = row;
    return (
      <button
        type="button"
        className={styles.item}
        aria-expanded={row.expanded}
        onClick={() => toggle(group.key)}
      >
        <DisclosureMark expanded={row.expanded} />
        <SeverityLabel severity={group.severity} />
        <span className={styles.message}>
          {group.findings.length} × {group.message}
        </span>
        <span className={styles.srOnly}>
          {row.expanded ? " Hide" : " Show"} its {group.findings.length} cells.
        </span>
      </button>
    );
  };
  const rowKey = (index: number): string => {
    const row = rows[index];
    if (row.kind === "group") return `group|${row.group.key}`;
    return `${row.kind}|${row.finding.code}|${row.finding.cell}|${index}`;
  };

  return (
    <VirtualList
      count={rows.length}
      rowKey={rowKey}
      renderRow={(index) => renderRow(rows[index])}
      estimate={(index) => (rows[index].kind === "cell" ? 40 : 64)}
      label="Findings"
    />
  );
}
