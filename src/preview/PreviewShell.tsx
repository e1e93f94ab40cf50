/**
 * The preview page: the real task pane (App) beside a sheet view of the in-memory workbook, with
 * Open workbook… and Download in a toolbar. Opening a workbook remounts the pane and shows the
 * workbook and the period picker; nothing is classified until the manager presses Classify.
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { App } from "../taskpane/components/App";
import { ErrorBar } from "../taskpane/components/ErrorBar";
import { messageOf } from "../taskpane/hooks/usePane";
import type { PreviewPort } from "./previewPort";
import { SheetView, type CellSelection } from "./SheetView";
import { downloadBytes } from "./download";

export interface PreviewShellProps {
  port: PreviewPort;
  /** Message when the bundled sample could not be loaded. */
  startupError?: string;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    marginRight: "auto",
  },
  fileLabel: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  fileInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  fileName: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 760px)": { flexDirection: "column", overflowY: "auto" },
  },
  pane: {
    width: "clamp(320px, 32vw, 440px)",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 760px)": { width: "100%", borderRight: "none", overflowY: "visible" },
  },
  sheet: {
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
  },
});

export function PreviewShell({ port, startupError }: PreviewShellProps): React.JSX.Element {
  const styles = useStyles();
  const [generation, setGeneration] = React.useState(0);
  const [version, setVersion] = React.useState(0);
  const [activeSheet, setActiveSheet] = React.useState("");
  const [selection, setSelection] = React.useState<CellSelection | null>(null);
  const [reveal, setReveal] = React.useState<{ sheet: string; cols: number[] } | null>(null);
  const [error, setError] = React.useState<string | null>(startupError ?? null);
  const [opening, setOpening] = React.useState(false);
  // Settings saved in this browser for this very workbook (by content) were applied on opening.
  const [restored, setRestored] = React.useState(false);

  React.useEffect(
    () =>
      port.subscribe((event) => {
        if (event.type === "changed") setVersion((v) => v + 1);
        if (event.type === "opened") {
          setRestored(event.settingsRestored);
          setSelection(null);
          setActiveSheet("");
          setGeneration((g) => g + 1);
        }
        if (event.type === "classified") {
          setActiveSheet(event.sheet);
          setReveal({ sheet: event.sheet, cols: event.cols });
        }
        if (event.type === "select") {
          setActiveSheet(event.sheet);
          setSelection({ sheet: event.sheet, row: event.row, col: event.col });
        }
      }),
    [port]
  );

  const openFile = async (file: File): Promise<void> => {
    setOpening(true);
    setError(null);
    try {
      await port.open(await file.arrayBuffer(), file.name);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setOpening(false);
    }
  };

  const download = async (): Promise<void> => {
    try {
      const bytes = await port.save();
      const base = port.fileName().replace(/\.xlsx$/i, "") || "workbook";
      downloadBytes(bytes, `${base}-classified.xlsx`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const workbook = port.workbook();
  const sheetName = activeSheet || workbook?.worksheets[0]?.name || "";
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.toolbar}>
          <h1 className={styles.heading}>Performance Challenge — browser preview</h1>
          <label className={styles.fileLabel}>
            <FolderOpen20Regular aria-hidden="true" />
            {opening ? "Opening…" : "Open workbook…"}
            <input
              className={styles.fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file) void openFile(file);
              }}
            />
          </label>
          <Button
            icon={<ArrowDownload20Regular />}
            disabled={!workbook}
            onClick={() => void download()}
          >
            Download
          </Button>
          {workbook && <span className={styles.fileName}>Workbook: {port.fileName()}</span>}
          {workbook && restored && (
            <span className={styles.fileName} role="status">
              Column roles and settings you chose earlier for this workbook are applied (saved in
              this browser).
            </span>
          )}
        </header>
        {error && <ErrorBar message={error} onDismiss={() => setError(null)} />}
        <div className={styles.body}>
          <div className={styles.pane}>
            {workbook ? <App key={generation} port={port} /> : <p>Open a workbook to begin.</p>}
          </div>
          <section className={styles.sheet} aria-label="Workbook">
            {workbook && (
              <SheetView
                workbook={workbook}
                version={version}
                activeSheet={sheetName}
                onActiveSheetChange={(name) => {
                  setActiveSheet(name);
                  setSelection(null);
                }}
                selection={selection}
                reveal={reveal}
              />
            )}
          </section>
        </div>
      </div>
    </FluentProvider>
  );
}
