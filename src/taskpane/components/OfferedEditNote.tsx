/**
 * An edit a reviewer wrote for another period: offered with its period, never shown as this
 * period's commentary (the figures differ). "Use it here" saves it as this period's edit.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { OfferedEdit } from "../periodEdits";

export interface OfferedEditNoteProps {
  refLabel: string;
  offered: OfferedEdit;
  busy: boolean;
  onUse(): void;
}

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  quote: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: `${tokens.spacingVerticalXS} 0`,
  },
});

export function OfferedEditNote({
  refLabel,
  offered,
  busy,
  onUse,
}: OfferedEditNoteProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <details className={styles.root}>
      <summary>Edited for {offered.period} — use it here?</summary>
      <p className={styles.quote}>{offered.text}</p>
      <Button
        size="small"
        disabled={busy}
        onClick={onUse}
        aria-label={`Use the ${offered.period} edit for ${refLabel} here`}
      >
        Use it here
      </Button>
    </details>
  );
}

export default OfferedEditNote;
