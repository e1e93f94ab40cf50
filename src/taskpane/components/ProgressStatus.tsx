/**
 * Progress of a long action, and a polite live region that always exists, so screen readers hear
 * "Reading the sheet…", "Q2 2018/19 classified on …" as they happen.
 */
import * as React from "react";
import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { ProgressStep } from "../../ports/workbookPort";

export interface ProgressStatusProps {
  progress: ProgressStep | null;
  busy: boolean;
  status: string;
}

const useStyles = makeStyles({
  status: {
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground2,
    minHeight: "1.4em",
  },
});

export function ProgressStatus({ progress, busy, status }: ProgressStatusProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div>
      {busy && (
        <Field validationMessage={progress?.label ?? "Working…"} validationState="none">
          <ProgressBar
            aria-label="Progress"
            value={progress ? Math.max(0, Math.min(1, progress.fraction)) : undefined}
            max={1}
            thickness="large"
          />
        </Field>
      )}
      <p role="status" aria-live="polite" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
