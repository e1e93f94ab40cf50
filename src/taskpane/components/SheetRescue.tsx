/**
 * A sheet the product could not read (docs/taskpane-and-preview.md, A sheet it could not read):
 * indicator rows were found but no period column, so instead of an error alone the pane offers
 * *How the sheet was read* for the refused header row. The analyst names each column's period and
 * kind (figures, or a target for that period); each choice is saved with the workbook at once,
 * and the sheet is read again when the analyst asks — the same choices as `--columns E=2019/20`
 * on the command line.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { TableRescue } from "../../engine/tableRescue";
import type { WorkbookPort } from "../../ports/workbookPort";
import { SheetReading } from "./SheetReading";

export interface SheetRescueProps {
  rescue: TableRescue;
  port: WorkbookPort;
  disabled: boolean;
  /** Read the sheet again with the saved choices (the analyst's button). */
  onChanged(): Promise<void>;
  onError(error: unknown): void;
  onAnnounce(status: string): void;
}

const useStyles = makeStyles({
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  intro: { margin: `0 0 ${tokens.spacingVerticalS}`, overflowWrap: "anywhere" },
  again: { marginTop: tokens.spacingVerticalM },
});

export function SheetRescue(props: SheetRescueProps): React.JSX.Element {
  const styles = useStyles();
  const { rescue } = props;
  const rows =
    rescue.indicatorRows === 1 ? "1 indicator row" : `${rescue.indicatorRows} indicator rows`;
  return (
    <section aria-labelledby="sheet-rescue-title">
      <h2 id="sheet-rescue-title" className={styles.title}>
        How the sheet was read
      </h2>
      <p className={styles.intro}>
        Sheet {rescue.sheet}, header row {rescue.headerRow + 1}: {rows} found, but no column could
        be read as a period. For each column of figures choose{" "}
        <strong>Figures for a period…</strong> and type its period (for a column of targets,{" "}
        <strong>Target for a period…</strong>), then <strong>Save period</strong>. Each choice is
        saved with the workbook at once and nothing on the sheet is changed; when every column is
        named, choose <strong>Read the sheet again</strong>.
      </p>
      <SheetReading
        rescue={rescue}
        port={props.port}
        disabled={props.disabled}
        onChanged={props.onChanged}
        onError={props.onError}
        onAnnounce={props.onAnnounce}
      />
      <Button
        className={styles.again}
        appearance="primary"
        disabled={props.disabled}
        onClick={() => void props.onChanged()}
      >
        Read the sheet again
      </Button>
    </section>
  );
}

export default SheetRescue;
