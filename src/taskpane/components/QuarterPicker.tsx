/** The quarter to classify; latest first, defaulting to the table's default quarter. */
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
  return (
    <Field label="Quarter">
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
