/**
 * The contract summary as the seed report lays it out (paragraph 18): service areas down, statuses
 * across, and a Total row giving counts and whole-number percentages.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, type Status, type Summary } from "../../engine/types";
import { StatusSwatch } from "./StatusSwatch";

const BASE_COLUMNS: Status[] = ["outsideTolerance", "insideTolerance", "onTarget", "noTarget"];

export function summaryColumns(summary: Summary): Status[] {
  return summary.total.notClassified > 0 ? [...BASE_COLUMNS, "notClassified"] : BASE_COLUMNS;
}

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  th: {
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    textAlign: "left",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
  },
  /**
   * Headers wrap between words and, when a word is still wider than its column (a narrow pane, a
   * wide font), inside it: `anywhere` lets the table shrink to fit whatever font the machine has.
   */
  statusHead: { textAlign: "right", hyphens: "auto", overflowWrap: "anywhere" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  rowHead: { verticalAlign: "top", hyphens: "auto", overflowWrap: "anywhere" },
  td: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    verticalAlign: "top",
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  percent: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
});

export function SummaryTable({
  summary,
  quarter,
}: {
  summary: Summary;
  quarter: string;
}): React.JSX.Element {
  const styles = useStyles();
  const columns = summaryColumns(summary);
  return (
    <div className={styles.wrap} tabIndex={0} role="region" aria-label="Summary table">
      <table className={styles.table}>
        <caption className={styles.caption}>Contract indicators by service area, {quarter}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              Service area
            </th>
            {columns.map((status) => (
              <th
                key={status}
                scope="col"
                className={mergeClasses(styles.th, styles.statusHead)}
                data-status={status}
              >
                <StatusSwatch status={status} />
                {STATUS_LABEL[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.areas.map((row) => (
            <tr key={row.area}>
              <th scope="row" className={mergeClasses(styles.th, styles.td, styles.rowHead)}>
                {row.area}
              </th>
              {columns.map((status) => (
                <td key={status} className={mergeClasses(styles.td, styles.num)}>
                  {row[status]}
                </td>
              ))}
            </tr>
          ))}
          <tr data-testid="summary-total">
            <th
              scope="row"
              className={mergeClasses(styles.th, styles.td, styles.rowHead, styles.total)}
            >
              Total ({summary.total.count})
            </th>
            {columns.map((status) => (
              <td
                key={status}
                className={mergeClasses(styles.td, styles.num, styles.total)}
                data-status={status}
              >
                <span data-part="count">{summary.total[status]}</span>{" "}
                <span data-part="percent" className={styles.percent}>
                  {summary.percent[status]}%
                </span>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
