/**
 * Findings, errors first, grouped by row and kind (src/taskpane/findingGroups.ts): one card per
 * row listing its cells, a kind's further rows behind "and N more like this". Each finding or cell
 * is a button: click or Enter selects the cell in the workbook.
 * Only the rows on screen are rendered.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../engine/types";
import {
  findingRows,
  groupFindings,
  messageWithoutCell,
  shortCell,
  type FindingRow,
  type RowCard,
} from "../findingGroups";
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
    boxSizing: "border-box",
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
  more: { color: tokens.colorBrandForegroundLink },
  cellsLabel: { display: "block", marginTop: tokens.spacingVerticalXS },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  cellButton: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
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

  const selectable = (finding: Finding): boolean => finding.cell.includes("!");

  const renderCard = (card: RowCard): React.ReactNode => {
    const [first] = card.findings;
    if (card.findings.length === 1) {
      const content = (
        <>
          <SeverityLabel severity={first.severity} />
          {first.cell && <span className={styles.cell}>{first.cell}</span>}
          <span className={styles.message}>{first.message}</span>
        </>
      );
      // Workbook-level findings have no cell to go to: shown, not clickable.
      if (!selectable(first))
        return <div className={mergeClasses(styles.item, styles.static)}>{content}</div>;
      return (
        <button type="button" className={styles.item} onClick={() => onSelect(first.cell)}>
          {content}
          <span className={styles.srOnly}> Select cell {first.cell}.</span>
        </button>
      );
    }
    // One row, several cells of the same kind: one card listing its cells.
    return (
      <div className={mergeClasses(styles.item, styles.static)}>
        <SeverityLabel severity={first.severity} />
        <span className={styles.message}>{card.message}</span>
        <span className={styles.cellsLabel}>
          {card.findings.length} cells{first.ref ? ` in the row of ${first.ref}` : ""}:
        </span>
        <span className={styles.cells}>
          {card.findings.map((finding, index) =>
            selectable(finding) ? (
              <button
                key={`${finding.cell}|${index}`}
                type="button"
                className={styles.cellButton}
                aria-label={`Select cell ${finding.cell}`}
                title={messageWithoutCell(finding.message)}
                onClick={() => onSelect(finding.cell)}
              >
                {shortCell(finding.cell)}
              </button>
            ) : (
              <span key={`${finding.cell}|${index}`} className={styles.cell}>
                {shortCell(finding.cell)}
              </span>
            )
          )}
        </span>
      </div>
    );
  };

  const renderRow = (row: FindingRow): React.ReactNode => {
    if (row.kind === "card") return renderCard(row.card);
    return (
      <button
        type="button"
        className={mergeClasses(styles.item, styles.more)}
        aria-expanded={row.expanded}
        onClick={() => toggle(row.group.key)}
      >
        <DisclosureMark expanded={row.expanded} />
        {row.expanded
          ? "Show fewer like this"
          : `and ${row.hidden} more ${row.hidden === 1 ? "row" : "rows"} like this`}
      </button>
    );
  };
  const rowKey = (index: number): string => {
    const row = rows[index];
    return row.kind === "more" ? `more|${row.group.key}` : `card|${row.card.key}`;
  };

  return (
    <VirtualList
      count={rows.length}
      rowKey={rowKey}
      renderRow={(index) => renderRow(rows[index])}
      estimate={(index) => (rows[index].kind === "more" ? 40 : 72)}
      label="Findings"
    />
  );
}
