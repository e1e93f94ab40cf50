/**
 * *How the sheet was read* (docs/layouts.md): every column of the header row with its heading and the role
 * it was read as, in plain words, each changeable from a dropdown (including "Not used", and a
 * period with its kind: figures for a period, or its target); and the indicators with no polarity,
 * each settable. A change is saved with the workbook (the port's settings: document settings in
 * Excel) and the sheet is read again. For a sheet refused for want of a period the same list is
 * offered from the refusal's header row (docs/taskpane-and-preview.md, A sheet it could not read).
 */
import * as React from "react";
import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type {
  ColumnKey,
  ColumnRoleEntry,
  Polarity,
  RunResult,
  TableLayout,
} from "../../engine/types";
import type { TableRescue } from "../../engine/tableRescue";
import { columnLetters } from "../../engine/address";
import { polarityKey } from "../../engine/polarityOverrides";
import {
  parseColumnChoice,
  withColumnChoice,
  PERIOD_EXAMPLES,
  type ColumnChoices,
} from "../../engine/columnChoices";
import { statusHeaderText } from "../../engine/statusHeader";
import type { WorkbookPort } from "../../ports/workbookPort";
import {
  CHOOSABLE_ROLES,
  NOT_USED,
  PERIOD_RESULT,
  PERIOD_TARGET,
  PERIOD_WORDS,
  ROLE_WORDS,
  roleText,
  withColumnRole,
} from "../roleWords";
import { PeriodBox, type PeriodAsk } from "./PeriodBox";

export interface SheetReadingProps {
  /** The classified sheet; or, for a sheet that could not be read, `rescue` instead. */
  result?: RunResult | null;
  rescue?: TableRescue | null;
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
  evidence: {
    display: "block",
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
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
  if (role === PERIOD_RESULT || role === PERIOD_TARGET) return PERIOD_WORDS[role];
  return ROLE_WORDS[role as keyof typeof ROLE_WORDS] ?? role;
}

/** "Read from its heading and its L/H entries.": the evidence as a sentence. */
function evidenceText(evidence: string): string {
  if (/^(?:from|set)\b/.test(evidence)) return `Read ${evidence}.`;
  return `${evidence.charAt(0).toUpperCase()}${evidence.slice(1)}.`;
}

/** The saved choice for a column in plain words, or null when it has none. */
function savedChoiceText(choices: ColumnChoices, column: number): string | null {
  const period = choices.columnPeriods?.find((p) => p.column === column);
  if (period)
    return period.kind === "target" ? `Target for ${period.period}` : `Period: ${period.period}`;
  if (choices.columnsNotUsed?.includes(column)) return "Not used";
  const role = (Object.keys(choices.columnOverrides ?? {}) as ColumnKey[]).find(
    (key) => choices.columnOverrides?.[key] === column
  );
  return role ? ROLE_WORDS[role] : null;
}

function ColumnRow({
  entry,
  layout,
  nearMiss,
  chosen,
  currentStatusHeading,
  disabled,
  onChoose,
  onPeriod,
}: {
  entry: ColumnRoleEntry;
  layout: TableLayout | null;
  /** A column of figures the product could not place (a sheet it could not read). */
  nearMiss: boolean;
  /** The analyst's saved choice for the column, not yet read (a sheet it could not read). */
  chosen: string | null;
  /** The heading the run wrote in the status column it rewrote, or null. */
  currentStatusHeading: string | null;
  disabled: boolean;
  onChoose(column: number, role: string): void;
  /** Saves the column's period; returns the problem to show, or null. */
  onPeriod(column: number, kind: PeriodAsk, text: string): string | null;
}): React.JSX.Element {
  const styles = useStyles();
  const [asking, setAsking] = React.useState<PeriodAsk | null>(null);
  const letters = columnLetters(entry.column);
  // The status column this run rewrote shows its heading as it is now ("Status Q2 …"), not as
  // it was read before the run (issue 22).
  const current =
    entry.role === "status" && currentStatusHeading !== null ? currentStatusHeading : entry.heading;
  const heading = current === "" ? "(no heading)" : current;
  const read =
    chosen !== null
      ? `${chosen} (saved, not read yet)`
      : nearMiss
        ? "Not read: no period found"
        : roleText(entry, layout);
  // A role from a choice saved with the workbook is shown as such (issue 21): in the preview such
  // choices are applied on opening, and the analyst must be able to tell.
  const savedChoice = chosen === null && /\bby the analyst$/.test(entry.evidence ?? "");
  const reading = `${letters} · ${heading} → ${read}${savedChoice ? " (your saved choice)" : ""}`;
  // Why it was read so (issue 19): "Read from its heading and its L/H entries".
  const why =
    entry.evidence && !savedChoice ? (
      <span className={styles.evidence}>{evidenceText(entry.evidence)}</span>
    ) : null;
  if (entry.role === "status")
    return (
      <li>
        <span className={styles.reading}>{reading}</span>
        {why}
      </li>
    );
  const options = [
    ...(entry.role === "period" ? ["period"] : []),
    PERIOD_RESULT,
    PERIOD_TARGET,
    ...CHOOSABLE_ROLES,
    NOT_USED,
  ];
  const shown = asking ?? entry.role;
  return (
    <li>
      <span className={styles.reading}>{reading}</span>
      {why}
      <Field label={`Role of column ${letters}`} size="small">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={optionText(shown)}
          selectedOptions={[shown]}
          onOptionSelect={(_, data) => {
            const value = data.optionValue;
            if (value === PERIOD_RESULT || value === PERIOD_TARGET) setAsking(value);
            else if (value && value !== entry.role) {
              setAsking(null);
              onChoose(entry.column, value);
            } else setAsking(null);
          }}
        >
          {options.map((role) => (
            <Option key={role} value={role}>
              {optionText(role)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {asking && (
        <PeriodBox
          key={asking}
          letters={letters}
          kind={asking}
          disabled={disabled}
          onSave={(text) => onPeriod(entry.column, asking, text)}
        />
      )}
    </li>
  );
}

export function SheetReading({
  result = null,
  rescue = null,
  port,
  disabled,
  onChanged,
  onError,
  onAnnounce,
}: SheetReadingProps): React.JSX.Element {
  const styles = useStyles();
  const layout = result?.layout ?? null;
  const entries = layout?.columnRoles ?? rescue?.columns ?? [];
  const nearMisses = new Set(rescue?.nearMisses ?? []);
  // A sheet not yet read: each choice is saved and shown; the sheet is read again on request
  // (SheetRescue's button), so the analyst can name every column first.
  const [saved, setSaved] = React.useState<ColumnChoices | null>(null);
  React.useEffect(() => {
    let current = true;
    if (rescue)
      port.getSettings().then(
        (settings) => current && setSaved(settings),
        () => undefined
      );
    return () => {
      current = false;
    };
  }, [port, rescue]);
  const save = React.useCallback(
    async (change: (settings: Awaited<ReturnType<WorkbookPort["getSettings"]>>) => object) => {
      try {
        const settings = await port.getSettings();
        // A sheet not yet read: the choices are for that sheet, so it is chosen with them.
        const changed = rescue ? { ...change(settings), sheet: rescue.sheet } : change(settings);
        const next = await port.saveSettings(changed);
        if (rescue) {
          setSaved(next);
          onAnnounce("Saved with the workbook. Read the sheet again once every column is named.");
          return;
        }
        onAnnounce("Saved with the workbook. Classifying again.");
        await onChanged();
      } catch (error) {
        onError(error);
      }
    },
    [port, rescue, onChanged, onError, onAnnounce]
  );
  const chooseRole = (column: number, role: string): void =>
    void save((settings) => withColumnRole(settings, column, role));
  const choosePeriod = (column: number, kind: PeriodAsk, text: string): string | null => {
    const typed = text.trim();
    const parsed = parseColumnChoice(kind === PERIOD_TARGET ? `target ${typed}` : typed);
    if (!parsed.ok || parsed.choice.role !== "period")
      return `"${typed}" is not a period the product reads — type it like ${PERIOD_EXAMPLES}.`;
    const choice = parsed.choice;
    void save((settings) => withColumnChoice(settings, column, choice));
    return null;
  };
  const choosePolarity = (key: string, polarity: Polarity): void =>
    void save((settings) => ({
      polarityOverrides: { ...(settings.polarityOverrides ?? {}), [key]: polarity },
    }));
  const unrated = (result?.indicators ?? []).filter(
    (indicator) => indicator.type === "contract" && indicator.polarity === null
  );
  return (
    <>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <ColumnRow
            key={entry.column}
            entry={entry}
            layout={layout}
            nearMiss={nearMisses.has(entry.column)}
            chosen={saved ? savedChoiceText(saved, entry.column) : null}
            currentStatusHeading={
              result && entry.column === result.layout.existingStatusColumn
                ? statusHeaderText(result)
                : null
            }
            disabled={disabled}
            onChoose={chooseRole}
            onPeriod={choosePeriod}
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
