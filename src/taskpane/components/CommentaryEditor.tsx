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
});

export default function CommentaryEditor({
  refLabel,
  initialText,
  saving,
  onSave,
  onCancel,
}: CommentaryEditorProps): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState(initialText);
  const areaRef = React.useRef<HTMLTextAreaElement>(null);
  React.useEffect(() => areaRef.current?.focus(), []);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
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
      <div className={styles.actions}>
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
