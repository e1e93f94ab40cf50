/** Styles of the preview's sheet view (Excel-like grid, sticky headers and frozen panes). */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Every row is drawn one line high (as Excel's default 15 pt rows), so frozen rows can stick. */
export const ROW_PX = 22;

export const useStyles = makeStyles({
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
  /** Stands in for the columns not drawn (columnWindow.ts). */
  spacer: { padding: 0, border: "none" },
  note: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
});
