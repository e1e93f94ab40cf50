/**
 * Workbook settings (lazy-loaded: most sessions never open it). Stored with the workbook through
 * the port, so every user of the workbook classifies it the same way.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  SpinButton,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PaletteName } from "../../engine/plan-types";
import type { ToleranceMode } from "../../engine/types";
import type { WorkbookPort, WorkbookSettings } from "../../ports/workbookPort";

export interface SettingsPanelProps {
  port: WorkbookPort;
  onSaved(settings: WorkbookSettings): void;
  onError(error: unknown): void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export default function SettingsPanel({
  port,
  onSaved,
  onError,
}: SettingsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<WorkbookSettings | null>(null);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    let cancelled = false;
    port.getSettings().then((s) => !cancelled && setSettings(s), onError);
    return () => {
      cancelled = true;
    };
  }, [port, onError]);

  if (!settings) return <p>Loading the workbook&rsquo;s settings…</p>;
  const update = (next: Partial<WorkbookSettings>): void => setSettings({ ...settings, ...next });

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        port
          .saveSettings({
            toleranceMode: settings.toleranceMode,
            palette: settings.palette,
            dataValidation: settings.dataValidation,
            smallCohortThreshold: settings.smallCohortThreshold,
            providerName: settings.providerName,
            committeeName: settings.committeeName,
            authorName: settings.authorName,
            reportDate: settings.reportDate,
          })
          .then(onSaved, onError)
          .finally(() => setSaving(false));
      }}
    >
      <Field label="Tolerance column holds">
        <RadioGroup
          value={settings.toleranceMode}
          onChange={(_, data) => update({ toleranceMode: data.value as ToleranceMode })}
        >
          <Radio value="threshold" label="The threshold: the worst value still inside tolerance" />
          <Radio value="points" label="A band in points either side of the target" />
          <Radio value="percent" label="A band as a percentage of the target" />
        </RadioGroup>
      </Field>
      <Field label="Colours">
        <RadioGroup
          value={settings.palette}
          onChange={(_, data) => update({ palette: data.value as PaletteName })}
        >
          <Radio value="default" label="Standard (colour-blind safe)" />
          <Radio value="highContrast" label="High contrast" />
        </RadioGroup>
      </Field>
      <Switch
        checked={settings.dataValidation}
        onChange={(_, data) => update({ dataValidation: data.checked })}
        label="Check figures as they are typed (data validation on rated cells)"
      />
      <Field label="Small cohort: caution when the denominator is below">
        <SpinButton
          value={settings.smallCohortThreshold}
          min={1}
          max={1000}
          onChange={(_, data) => {
            const value = data.value ?? Number(data.displayValue);
            if (Number.isFinite(value) && value >= 1)
              update({ smallCohortThreshold: Math.round(value) });
          }}
        />
      </Field>
      <Field
        label="Provider named in the Word report"
        hint="The organisation whose performance is challenged. Left blank, the report marks where to fill it in."
      >
        <Input
          value={settings.providerName}
          maxLength={200}
          onChange={(_, data) => update({ providerName: data.value })}
        />
      </Field>
      <Field label="Panel or committee the report goes to">
        <Input
          value={settings.committeeName}
          maxLength={200}
          onChange={(_, data) => update({ committeeName: data.value })}
        />
      </Field>
      <Field label="Officer presenting the report" hint="Shown as the report's author">
        <Input
          value={settings.authorName}
          maxLength={200}
          onChange={(_, data) => update({ authorName: data.value })}
        />
      </Field>
      <Field
        label="Date of the report"
        hint="The meeting's date. Left blank, the report marks where to fill it in."
      >
        <Input
          type="date"
          value={settings.reportDate}
          onChange={(_, data) => update({ reportDate: data.value })}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
