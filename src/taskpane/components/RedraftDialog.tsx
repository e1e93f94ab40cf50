/**
 * The Redraft confirmation as a modal alert dialog (WAI-ARIA dialog pattern): focus moves into it,
 * Tab stays inside, Escape cancels, and nothing behind it can be used while it is open. The caller
 * returns focus to the control that opened it (or the next sensible one when that is gone).
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface RedraftDialogProps {
  open: boolean;
  refLabel: string;
  /** Where the dialog's DOM goes (inside the card, so it is found with the card it belongs to). */
  mountNode?: HTMLElement | null;
  onConfirm(): void;
  onCancel(): void;
}

export function RedraftDialog({
  open,
  refLabel,
  mountNode,
  onConfirm,
  onCancel,
}: RedraftDialogProps): React.JSX.Element {
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface
        mountNode={mountNode ?? undefined}
        aria-label={`Confirm redraft of ${refLabel}`}
        onKeyDown={(event) => {
          // An alert dialog does not close on Escape by default in Fluent; the pattern says it should.
          if (event.key === "Escape") {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <DialogBody>
          <DialogTitle>Replace the edited text?</DialogTitle>
          <DialogContent>
            Replace the edited text for {refLabel} with a fresh draft from the workbook? The edit
            will be lost.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Replace with draft
            </Button>
            <Button onClick={onCancel}>Keep my edit</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export default RedraftDialog;
