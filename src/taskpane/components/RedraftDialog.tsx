/**
 * The Redraft confirmation as a modal alert dialog (WAI-ARIA dialog pattern): focus moves into it
 * (to the safe choice), Tab and Shift+Tab stay inside, Escape cancels, and everything behind it is
 * inert while it is open. The caller returns focus to the control that opened it (or, when that
 * is gone after a replace, the next sensible one).
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { inertOthers } from "../inertOthers";

export interface RedraftDialogProps {
  refLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  dialog: {
    position: "relative",
    padding: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

export function RedraftDialog({
  refLabel,
  onConfirm,
  onCancel,
}: RedraftDialogProps): React.JSX.Element {
  const styles = useStyles();
  const box = React.useRef<HTMLDivElement>(null);
  const keep = React.useRef<HTMLButtonElement>(null);
  const id = React.useId();

  React.useLayoutEffect(() => {
    if (!box.current) return undefined;
    const undo = inertOthers(box.current);
    keep.current?.focus();
    return undo;
  }, []);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== "Tab" || !box.current) return;
    const buttons = Array.from(box.current.querySelectorAll<HTMLElement>("button:not([disabled])"));
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      ref={box}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className={styles.dialog}
      onKeyDown={onKeyDown}
    >
      <h5 id={`${id}-title`} className={styles.title}>
        Replace the edited text?
      </h5>
      <p id={`${id}-text`}>
        Replace the edited text for {refLabel} with a fresh draft from the workbook? The edit will
        be lost.
      </p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onConfirm}>
          Replace with draft
        </Button>
        <Button ref={keep} onClick={onCancel}>
          Keep my edit
        </Button>
      </div>
    </div>
  );
}
