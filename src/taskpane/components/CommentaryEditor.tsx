/** Editing one indicator's commentary (lazy-loaded: only reviewers who edit need it). */
import * as React from "react";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";

export interface CommentaryEditorProps {
  refLabel: string;
  initialText: string;
  saving: boolean;
  onSave(text: string): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  ask: {
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  askText: { margin: 0 },
});

export default function CommentaryEditor({
  refLabel,
  initialText,
  saving,
  onSave,
  onCancel,
}: CommentaryEditorProps): React.JSX.Element {
  const styles = useStyles();
  const askId = React.useId();
  const [text, setText] = React.useState(initialText);
  // Escape with typed text asks first (issue 22): one key must not throw away a reviewer's work.
  const [askingToDiscard, setAskingToDiscard] = React.useState(false);
  const areaRef = React.useRef<HTMLTextAreaElement>(null);
  const keepRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => areaRef.current?.focus(), []);
  React.useEffect(() => {
    if (askingToDiscard) keepRef.current?.focus();
  }, [askingToDiscard]);
  const keepEditing = (): void => {
    setAskingToDiscard(false);
    requestAnimationFrame(() => areaRef.current?.focus());
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        if (askingToDiscard) keepEditing();
        else if (text === initialText) onCancel();
        else setAskingToDiscard(true);
      }}
    >
      <Field label={`Commentary for ${refLabel}`}>
        <Textarea
          ref={areaRef}
          value={text}
          resize="vertical"
          rows={8}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      {askingToDiscard && (
        <div role="alertdialog" aria-labelledby={`${askId}-text`} className={styles.ask}>
          <p id={`${askId}-text`} className={styles.askText}>
            Discard the changes you typed? The commentary keeps its last saved text.
          </p>
          <div className={styles.actions}>
            <Button ref={keepRef} type="button" appearance="primary" onClick={keepEditing}>
              Keep editing
            </Button>
            <Button type="button" onClick={onCancel}>
              Discard changes
            </Button>
          </div>
        </div>
      )}
      <div className={styles.actions} hidden={askingToDiscard}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? "Saving…" : "Save"}
        </Button>
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
