/**
 * The preview's stand-in for Excel's grid: tabs for the sheets, the active sheet's values as Excel
 * shows them, and the fills the classification wrote. A selected cell is highlighted, scrolled into
 * view and focused, as Excel's selection would be.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Workbook } from "exceljs";
import { buildSheetModel, columnLetters } from "./sheetModel";
import { SheetTabs, tabId } from "./SheetTabs";

/** Rows drawn per sheet; a selection further down extends the view to reach it. */
const ROW_WINDOW = 400;
const ROW_HEADER_PX = 44;
/** Every row is drawn one line high (as Excel's default 15 pt rows), so frozen rows can stick. */
const ROW_PX = 22;
/** Hidden columns are drawn as a sliver, so they stay discoverable (Excel shows a double line). */
const HIDDEN_COLUMN_PX = 12;

export interface CellSelection {
  sheet: string;
  row: number;
  col: number;
}

export interface SheetViewProps {
  workbook: Workbook;
  /** Bumped whenever the workbook changes, so the view re-reads it. */
  version: number;
  activeSheet: string;
  onActiveSheetChange(name: string): void;
  selection: CellSelection | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: "240px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Separate borders: collapsed borders detach from sticky (frozen) cells while scrolling.
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
  },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    padding: "0 4px",
    height: `${ROW_PX}px`,
    boxSizing: "border-box",
    zIndex: 4,
  },
  rowHead: { position: "sticky", left: 0, top: "auto", textAlign: "right", zIndex: 2 },
  cell: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    height: `${ROW_PX}px`,
    boxSizing: "border-box",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: "#000000",
    backgroundColor: "#FFFFFF",
  },
  numeric: { textAlign: "right" },
  spill: { overflow: "visible", textOverflow: "clip" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  hidden: { color: "transparent" },
  selected: {
    outline: "3px solid #0B5394",
    outlineOffset: "-2px",
    ":focus": { outline: "3px solid #0B5394" },
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  note: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
});

export function SheetView({
  workbook,
  version,
  activeSheet,
  onActiveSheetChange,
  selection,
}: SheetViewProps): React.JSX.Element {
  const styles = useStyles();
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const idPrefix = React.useId();
  const sheet = workbook.getWorksheet(activeSheet) ?? workbook.worksheets[0];
  const selectionHere = selection && sheet && selection.sheet === sheet.name ? selection : null;
  const maxRows = Math.max(ROW_WINDOW, (selectionHere?.row ?? 0) + 50);
  // `version` changes when the workbook was written to: the same Worksheet object holds new content.
  const model = React.useMemo(
    () => (sheet && version >= 0 ? buildSheetModel(sheet, maxRows) : null),
    [sheet, maxRows, version]
  );

  React.useEffect(() => {
    if (!selectionHere || !selectedRef.current) return;
    selectedRef.current.scrollIntoView({ block: "center", inline: "center" });
    selectedRef.current.focus({ preventScroll: true });
  }, [selectionHere, model]);

  if (!sheet || !model) return <p>This workbook has no sheets.</p>;
  // Hidden sheets (the add-in's state sheet) get no tab unless a selection points there.
  const names = workbook.worksheets
    .filter((ws) => ws.state === "visible" || ws.state === undefined || ws.name === sheet.name)
    .map((ws) => ws.name);
  const hidden = new Set(model.hiddenColumns);
  const columnWidth = (c: number): number => (hidden.has(c) ? HIDDEN_COLUMN_PX : model.widths[c]);
  const tableWidth = ROW_HEADER_PX + model.widths.reduce((sum, _, c) => sum + columnWidth(c), 0);
  const frozenLeft: number[] = [];
  for (let c = 0, left = ROW_HEADER_PX; c < model.frozen.cols; c++) {
    frozenLeft.push(left);
    left += columnWidth(c);
  }
  /** Frozen panes: cells above/left of the split stick while the rest scrolls, as in Excel. */
  const stickyStyle = (r: number, c: number): React.CSSProperties | undefined => {
    const top = r < model.frozen.rows ? ROW_PX * (r + 1) : undefined;
    const left = c < model.frozen.cols ? frozenLeft[c] : undefined;
    if (top === undefined && left === undefined) return undefined;
    return {
      position: "sticky",
      top,
      left,
      zIndex: top !== undefined && left !== undefined ? 3 : 2,
    };
  };
  return (
    <div className={styles.root}>
      <SheetTabs
        names={names}
        selected={sheet.name}
        idPrefix={idPrefix}
        onSelect={onActiveSheetChange}
      />
      <div
        className={styles.scroller}
        tabIndex={0}
        role="tabpanel"
        aria-labelledby={tabId(idPrefix, names.indexOf(sheet.name))}
      >
        <table
          className={styles.table}
          data-sheet={sheet.name}
          style={{ width: `${tableWidth}px` }}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_PX}px` }} />
            {model.widths.map((_, c) => (
              <col key={c} style={{ width: `${columnWidth(c)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} scope="col" style={{ left: 0, zIndex: 6 }}>
                <span className={styles.srOnly}>Row</span>
              </th>
              {Array.from({ length: model.columnCount }, (_, c) => (
                <th
                  key={c}
                  className={styles.head}
                  scope="col"
                  style={
                    c < model.frozen.cols ? { left: `${frozenLeft[c]}px`, zIndex: 5 } : undefined
                  }
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((cells, r) => (
              <tr key={r}>
                <th
                  scope="row"
                  className={mergeClasses(styles.head, styles.rowHead)}
                  style={
                    r < model.frozen.rows ? { top: `${ROW_PX * (r + 1)}px`, zIndex: 4 } : undefined
                  }
                >
                  {r + 1}
                </th>
                {cells.map((cell, c) => {
                  const isSelected = selectionHere?.row === r && selectionHere.col === c;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      tabIndex={isSelected ? -1 : undefined}
                      data-cell={`${columnLetters(c)}${r + 1}`}
                      data-fill={cell.fill}
                      aria-current={isSelected ? "true" : undefined}
                      className={mergeClasses(
                        styles.cell,
                        cell.numeric && styles.numeric,
                        cell.bold && styles.bold,
                        // Frozen cells never spill: their overflow would show through the scrolling pane.
                        cell.spills && c >= model.frozen.cols && styles.spill,
                        hidden.has(c) && styles.hidden,
                        isSelected && styles.selected
                      )}
                      style={{
                        ...stickyStyle(r, c),
                        ...(cell.fill ? { backgroundColor: cell.fill } : {}),
                      }}
                      title={cell.text.length > 30 ? cell.text : undefined}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.rowCount > model.rows.length && (
        <p className={styles.note}>
          Showing the first {model.rows.length} of {model.rowCount} rows.
        </p>
      )}
      {model.totalColumns > model.columnCount && (
        <p className={styles.note}>
          Showing the first {model.columnCount} of {model.totalColumns} columns.
        </p>
      )}
    </div>
  );
}
