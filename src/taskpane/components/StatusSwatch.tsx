/**
 * A small colour key beside a status label. Decorative only: the label text always carries the
 * status, so colour is never the only signal (docs/palette.md).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Status } from "../../engine/types";
import { PALETTES } from "../../engine/palette";

/** The workbook's default fills, so the key matches the sheet. */
export const STATUS_SWATCH: Record<Status, string> = PALETTES.default;

const useStyles = makeStyles({
  swatch: {
    display: "inline-block",
    width: "0.8em",
    height: "0.8em",
    marginRight: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    verticalAlign: "-0.05em",
    flexShrink: 0,
  },
});

export function StatusSwatch({ status }: { status: Status }): React.JSX.Element {
  const styles = useStyles();
  return (
    <span
      aria-hidden="true"
      className={styles.swatch}
      style={{ backgroundColor: STATUS_SWATCH[status] }}
    />
  );
}
