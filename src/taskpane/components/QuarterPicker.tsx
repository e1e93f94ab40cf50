/**
 * The period to classify (a quarter, month or year, as the table has them); latest first,
 * defaulting to the table's default period. Labelled with the kind: Quarter, Month or Year.
 */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { Quarter } from "../../engine/types";

export interface QuarterPickerProps {
  quarters: Quarter[];
  value: string;
  disabled?: boolean;
  onChange: (label: string) => void;
}

export function QuarterPicker({
  quarters,
  value,
  disabled,
  onChange,
}: QuarterPickerProps): React.JSX.Element {
  const latestFirst = [...quarters].reverse();
  const kind = quarters[0]?.kind ?? "quarter";
  const label = kind.charAt(0).toUpperCase() + kind.slice(1);
  return (
    <Field label={label}>
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {latestFirst.map((q) => (
          <option key={q.label} value={q.label}>
            {q.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
