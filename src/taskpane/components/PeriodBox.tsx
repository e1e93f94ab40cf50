/**
 * The box where the analyst types a column's period (How the sheet was read, issue 19); the text
 * is read by the engine's rule (engine/columnChoices.ts) through the caller's onSave.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { PERIOD_RESULT, PERIOD_TARGET } from "../roleWords";

export type PeriodAsk = typeof PERIOD_RESULT | typeof PERIOD_TARGET;

const useStyles = makeStyles({
  periodBox: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

/** The period box: the analyst types the column's period; it is read by the engine's rule. */
export function PeriodBox({
  letters,
  kind,
  disabled,
  onSave,
}: {
  letters: string;
  kind: PeriodAsk;
  disabled: boolean;
  onSave(text: string): string | null;
}): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [problem, setProblem] = React.useState<string | null>(null);
  const label =
    kind === PERIOD_TARGET ? `Target period of column ${letters}` : `Period of column ${letters}`;
  return (
    <form
      className={styles.periodBox}
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(onSave(text));
      }}
    >
      <Field
        label={label}
        size="small"
        hint={`For example 2019/20, Q2 2018/19 or Sep 2018`}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
      >
        <Input value={text} disabled={disabled} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button type="submit" size="small" disabled={disabled || text.trim() === ""}>
        Save period
      </Button>
    </form>
  );
}
