/**
 * The preview's stand-in for Excel's grid: tabs for the sheets, the active sheet's values as Excel
 * shows them, and the fills the classification wrote. A selected cell is highlighted, scrolled into
 * view and focused, as Excel's selection would be. Only the rows and columns on screen are read and
 * drawn, so every row of a 20,000-row sheet and every column up to XFD is reachable; each tab keeps
 * its own scroll position.
 */
import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { ROW_PX, useStyles } from "./sheetViewStyles";
import type { Workbook } from "exceljs";
import { columnLetters, readRows, sheetFrame, type CellView } from "./sheetModel";
import { useSheetScroll } from "./useSheetScroll";
import { columnOffsets, columnWindow } from "./columnWindow";
import { SheetTabs, tabId } from "./SheetTabs";

const ROW_HEADER_PX = 44;
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
  /** After Classify: the sheet and columns (quarter, status) to bring into view; a new object each time. */
  reveal?: { sheet: string; cols: number[] } | null;
}

export function SheetView({
  workbook,
  version,
  activeSheet,
  onActiveSheetChange,
  selection,
  reveal,
}: SheetViewProps): React.JSX.Element {
  const styles = useStyles();
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  const idPrefix = React.useId();
  const sheet = workbook.getWorksheet(activeSheet) ?? workbook.worksheets[0];
  const selectionHere = selection && sheet && selection.sheet === sheet.name ? selection : null;
  // `version` changes when the workbook was written to: the same Worksheet object holds new content.
  const frame = React.useMemo(
    () => (sheet && version >= 0 ? sheetFrame(sheet) : null),
    [sheet, version]
  );
  const rowCount = frame?.rowCount ?? 0;
  const scroll = useSheetScroll(sheet?.name ?? "", rowCount, ROW_PX);
  const frozenRows = Math.min(frame?.frozen.rows ?? 0, rowCount);
  const from = Math.max(scroll.window.from, frozenRows);
  const to = Math.max(scroll.window.to, from);
  const offsets = React.useMemo(() => {
    const hiddenCols = new Set(frame?.hiddenColumns ?? []);
    return columnOffsets(
      (frame?.widths ?? []).map((w, c) => (hiddenCols.has(c) ? HIDDEN_COLUMN_PX : w))
    );
  }, [frame]);
  const cols = columnWindow(
    offsets,
    frame?.frozen.cols ?? 0,
    scroll.across.left,
    scroll.across.width - ROW_HEADER_PX
  );
  const model = React.useMemo(() => {
    if (!sheet || !frame) return null;
    // Each row: the frozen columns' cells, then the drawn window's.
    const read = (r0: number, r1: number) => {
      const frozen = readRows(sheet, r0, r1, cols.frozen);
      const moving = readRows(sheet, r0, r1, cols.to, cols.from);
      return frozen.map((cells, i) => [...cells, ...moving[i]]);
    };
    return { ...frame, head: read(0, frozenRows), body: read(from, to) };
  }, [sheet, frame, frozenRows, from, to, cols.frozen, cols.from, cols.to]);
  const left = (c: number): number => ROW_HEADER_PX + (offsets[c] ?? 0);
  const frozenWidth = (): number => left(cols.frozen);

  // A selection: move the grid's own scroll box (the page never shifts), then focus the cell.
  React.useEffect(() => {
    if (!selectionHere) return;
    const { width, height } = scroll.viewport();
    scroll.scrollTo(
      selectionHere.row * ROW_PX - height / 2,
      left(selectionHere.col) - frozenWidth() - width / 3
    );
    // Once per new selection (not on every scroll of the window).
  }, [selectionHere]);
  React.useEffect(() => {
    selectedRef.current?.focus({ preventScroll: true });
  }, [selectionHere, model]);
  // After Classify: the quarter's and status columns in view (as many as fit).
  React.useEffect(() => {
    if (!reveal || !sheet || reveal.sheet !== sheet.name || reveal.cols.length === 0) return;
    const { width } = scroll.viewport();
    const first = Math.min(...reveal.cols);
    const last = Math.max(...reveal.cols);
    const target = Math.min(
      left(first) - frozenWidth() - ROW_HEADER_PX,
      left(last + 1) - width + 8
    );
    scroll.scrollTo(null, Math.max(0, Math.min(left(first) - frozenWidth(), target)));
    // Once per classification.
  }, [reveal, sheet]);

  if (!sheet || !model) return <p>This workbook has no sheets.</p>;
  // Hidden sheets (the add-in's state sheet) get no tab unless a selection points there.
  const names = workbook.worksheets
    .filter((ws) => ws.state === "visible" || ws.state === undefined || ws.name === sheet.name)
    .map((ws) => ws.name);
  const hidden = new Set(model.hiddenColumns);
  const columnWidth = (c: number): number => offsets[c + 1] - offsets[c];
  const tableWidth = left(model.columnCount);
  const frozenLeft = Array.from({ length: cols.frozen }, (_, c) => left(c));
  // Sheet column of each drawn cell, and the spacers standing in for the columns not drawn.
  const drawn = [
    ...Array.from({ length: cols.frozen }, (_, c) => c),
    ...Array.from({ length: cols.to - cols.from }, (_, i) => cols.from + i),
  ];
  const before = offsets[cols.from] - offsets[cols.frozen];
  const after = offsets[model.columnCount] - offsets[cols.to];
  const spacer = (key: string, width: number, Cell: "td" | "th" = "td"): React.ReactNode =>
    width > 0 ? <Cell key={key} aria-hidden="true" className={styles.spacer} /> : null;
  /** Frozen panes: cells above/left of the split stick while the rest scrolls, as in Excel. */
  const stickyStyle = (r: number, c: number): React.CSSProperties | undefined => {
    const top = r < model.frozen.rows ? ROW_PX * (r + 1) : undefined;
    const left = c < cols.frozen ? frozenLeft[c] : undefined;
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
        ref={scroll.scroller}
        onScroll={scroll.onScroll}
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
            {drawn.map((c, i) => (
              <React.Fragment key={c}>
                {i === cols.frozen && before > 0 && <col style={{ width: `${before}px` }} />}
                <col style={{ width: `${columnWidth(c)}px` }} />
              </React.Fragment>
            ))}
            {after > 0 && <col style={{ width: `${after}px` }} />}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} scope="col" style={{ left: 0, zIndex: 6 }}>
                <span className={styles.srOnly}>Row</span>
              </th>
              {drawn.map((c, i) => (
                <React.Fragment key={c}>
                  {i === cols.frozen && spacer("before", before, "th")}
                  <th
                    className={styles.head}
                    scope="col"
                    style={c < cols.frozen ? { left: `${frozenLeft[c]}px`, zIndex: 5 } : undefined}
                  >
                    {columnLetters(c)}
                  </th>
                </React.Fragment>
              ))}
              {spacer("after", after, "th")}
            </tr>
          </thead>
          <tbody>
            {rowsToDraw(model.head, 0, model.body, from).map(({ cells, r }) =>
              cells === "gap" ? (
                <tr
                  key="gap"
                  aria-hidden="true"
                  style={{ height: `${(from - model.head.length) * ROW_PX}px` }}
                />
              ) : (
                <tr key={r}>
                  <th
                    scope="row"
                    className={mergeClasses(styles.head, styles.rowHead)}
                    style={
                      r < model.frozen.rows
                        ? { top: `${ROW_PX * (r + 1)}px`, zIndex: 4 }
                        : undefined
                    }
                  >
                    {r + 1}
                  </th>
                  {cells.map((cell, i) => {
                    const c = drawn[i];
                    const isSelected = selectionHere?.row === r && selectionHere.col === c;
                    return (
                      <React.Fragment key={c}>
                        {i === cols.frozen && spacer("before", before)}
                        <td
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
                            cell.spills && c >= cols.frozen && styles.spill,
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
                      </React.Fragment>
                    );
                  })}
                  {spacer("after", after)}
                </tr>
              )
            )}
            {/* Space for the rows not drawn, so the scroll bar spans the whole sheet. */}
            <tr aria-hidden="true" style={{ height: `${(model.rowCount - to) * ROW_PX}px` }} />
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Frozen rows, a spacer row standing in for the rows above the window, then the window. */
function rowsToDraw(
  head: CellView[][],
  headFrom: number,
  body: CellView[][],
  bodyFrom: number
): { cells: CellView[] | "gap"; r: number }[] {
  const rows: { cells: CellView[] | "gap"; r: number }[] = head.map((cells, i) => ({
    cells,
    r: headFrom + i,
  }));
  if (bodyFrom > head.length) rows.push({ cells: "gap", r: -1 });
  body.forEach((cells, i) => rows.push({ cells, r: bodyFrom + i }));
  return rows;
}
