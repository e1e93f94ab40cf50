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
  statusHead: { textAlign: "right" },
  /**
   * Status headings wrap between words only, never inside one (issue 22: "toleranc/e" at 320 px).
   * Where the table is narrow (measured, NARROW_TABLE) they stand on end, reading upwards, so each column is as wide as a
   * line of text and the table fits whatever font the machine has, with every word whole.
   */
  statusText: {
    display: "inline-block",
    overflowWrap: "normal",
    wordBreak: "normal",
    hyphens: "manual",
  },
  upright: {
    writingMode: "vertical-rl",
    transform: "rotate(180deg)",
    textAlign: "left",
    maxHeight: "9em",
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  rowHead: { verticalAlign: "top", hyphens: "auto", overflowWrap: "break-word" },
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

/** Below this width (CSS px) the status headings stand on end. */
const NARROW_TABLE = 440;

interface TableFit {
  ref: React.RefObject<HTMLDivElement>;
  /** The content is wider than the box (then the box is a tab stop, to scroll it by keyboard). */
  sideways: boolean;
  narrow: boolean;
}

/** How the table fits its box, kept up to date as the pane resizes (a ResizeObserver). */
function useTableFit(): TableFit {
  const ref = React.useRef<HTMLDivElement>(null);
  const [fit, setFit] = React.useState({ sideways: false, narrow: false });
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const check = (): void => {
      const width = element.clientWidth;
      const next = {
        sideways: element.scrollWidth > width + 1,
        // jsdom lays nothing out (width 0): the wide layout.
        narrow: width > 0 && width < NARROW_TABLE,
      };
      setFit((was) => (was.sideways === next.sideways && was.narrow === next.narrow ? was : next));
    };
    check();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    // The table itself too: standing the headings on end changes its width, not the box's.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, ...fit };
}

export function SummaryTable({
  summary,
  quarter,
}: {
  summary: Summary;
  quarter: string;
}): React.JSX.Element {
  const styles = useStyles();
  const columns = summaryColumns(summary);
  const scrolls = useTableFit();
  return (
    // A tab stop only when the table scrolls sideways (keyboard users can then scroll it).
    <div
      ref={scrolls.ref}
      className={styles.wrap}
      tabIndex={scrolls.sideways ? 0 : undefined}
      role="region"
      aria-label="Summary table"
    >
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
                <span
                  className={mergeClasses(styles.statusText, scrolls.narrow && styles.upright)}
                  data-part="heading"
                >
                  {STATUS_LABEL[status]}
                </span>
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
