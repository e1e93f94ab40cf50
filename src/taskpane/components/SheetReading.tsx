/**
 * *How the sheet was read* (SPEC 2a): every column of the header row with its heading and the role
 * it was read as, in plain words, each changeable from a dropdown (including "Not used"); and the
 * indicators with no polarity, each settable. A change is saved with the workbook (the port's
 * settings: document settings in Excel) and the sheet is classified again.
 */
import * as React from "react";
import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnKey, ColumnRoleEntry, Polarity, RunResult } from "../../engine/types";

import { columnLetters } from "../../engine/address";
import { polarityKey } from "../../engine/polarityOverrides";
import type { WorkbookPort } from "../port";
import { CHOOSABLE_ROLES, NOT_USED, ROLE_WORDS, roleText, withColumnRole } from "../roleWords";

/** The part of the settings that holds the analyst's column choices. */
type ChoiceSettings = {
  columnOverrides?: Partial<Record<ColumnKey, number>>;
  columnsNotUsed?: number[];
};

export interface SheetReadingProps {
  result: RunResult;
  port: WorkbookPort;
  disabled: boolean;
  /** Classify again once a choice is saved. */
  onChanged(): Promise<void>;
  onError(error: unknown): void;
  onAnnounce(status: string): void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  reading: { display: "block", marginBottom: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  dropdown: { minWidth: "min(100%, 220px)", maxWidth: "100%" },
  subTitle: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
});

const POLARITY_WORDS: Record<Polarity, string> = {
  higher: "Higher is better",
  lower: "Lower is better",
};

/** Text the dropdown shows for a role value. */
function optionText(role: string): string {
  if (role === NOT_USED) return "Not used";
  if (role === "period") return "Period";
  return ROLE_WORDS[role as keyof typeof ROLE_WORDS] ?? role;
}

function ColumnRow({
  entry,
  result,
  disabled,
  savedChoice,
  onChoose,
}: {
  entry: ColumnRoleEntry;
  result: RunResult;
  disabled: boolean;
  /** The role comes from a choice saved with the workbook, not from its heading. */
  savedChoice: boolean;
  onChoose(column: number, role: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  const letters = columnLetters(entry.column);
  const heading = entry.heading === "" ? "(no heading)" : entry.heading;
  const chosen = savedChoice ? " (your saved choice)" : "";
  const reading = `${letters} · ${heading} → ${roleText(entry, result.layout)}${chosen}`;
  if (entry.role === "status") return <li className={styles.reading}>{reading}</li>;
  const options = [...(entry.role === "period" ? ["period"] : []), ...CHOOSABLE_ROLES, NOT_USED];
  return (
    <li>
      <span className={styles.reading}>{reading}</span>
      <Field label={`Role of column ${letters}`} size="small">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={optionText(entry.role)}
          selectedOptions={[entry.role]}
          onOptionSelect={(_, data) => {
            if (data.optionValue && data.optionValue !== entry.role)
              onChoose(entry.column, data.optionValue);
          }}
        >
          {options.map((role) => (
            <Option key={role} value={role}>
              {optionText(role)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </li>
  );
}

export function SheetReading({
  result,
  port,
  disabled,
  onChanged,
  onError,
  onAnnounce,
}: SheetReadingProps): React.JSX.Element {
  const styles = useStyles();
  const entries = result.layout.columnRoles ?? [];
  const save = React.useCallback(
    async (change: (settings: Awaited<ReturnType<WorkbookPort["getSettings"]>>) => object) => {
      try {
        const settings = await port.getSettings();
        await port.saveSettings(change(settings));
        onAnnounce("Saved with the workbook. Classifying again.");
        await onChanged();
      } catch (error) {
        onError(error);
      }
    },
    [port, onChanged, onError, onAnnounce]
  );
  // Roles set by a saved choice are shown as such (issue 21): in the preview, settings saved for
  // this workbook are applied on opening, and the analyst must be able to tell.
  const [saved, setSaved] = React.useState<ChoiceSettings | null>(null);
  React.useEffect(() => {
    let live = true;
    port.getSettings().then(
      (settings) => live && setSaved(settings),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [port, result]);
  const isSavedChoice = (entry: ColumnRoleEntry): boolean =>
    entry.role === "notUsed"
      ? (saved?.columnsNotUsed ?? []).includes(entry.column)
      : saved?.columnOverrides?.[entry.role as ColumnKey] === entry.column;
  const chooseRole = (column: number, role: string): void =>
    void save((settings) => withColumnRole(settings, column, role));
  const choosePolarity = (key: string, polarity: Polarity): void =>
    void save((settings) => ({
      polarityOverrides: { ...(settings.polarityOverrides ?? {}), [key]: polarity },
    }));
  const unrated = result.indicators.filter(
    (indicator) => indicator.type === "contract" && indicator.polarity === null
  );
  return (
    <>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <ColumnRow
            key={entry.column}
            entry={entry}
            result={result}
            disabled={disabled}
            savedChoice={isSavedChoice(entry)}
            onChoose={chooseRole}
          />
        ))}
      </ul>
      {unrated.length > 0 && (
        <>
          <h3 className={styles.subTitle}>Indicators with no polarity</h3>
          <ul className={styles.list}>
            {unrated.map((indicator) => {
              const key = polarityKey(indicator);
              const title = indicator.ref ? `${indicator.ref} ${indicator.name}` : indicator.name;
              return (
                <li key={`${indicator.row}`}>
                  <Field label={`Polarity of ${title}`} size="small">
                    <Dropdown
                      className={styles.dropdown}
                      disabled={disabled}
                      placeholder="Choose which direction is better"
                      onOptionSelect={(_, data) => {
                        const value = data.optionValue as Polarity | undefined;
                        if (value === "higher" || value === "lower") choosePolarity(key, value);
                      }}
                    >
                      {(Object.keys(POLARITY_WORDS) as Polarity[]).map((p) => (
                        <Option key={p} value={p}>
                          {POLARITY_WORDS[p]}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

export default SheetReading;
