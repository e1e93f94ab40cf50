/**
 * Sheet tabs as a WAI-ARIA tablist: one tab stop, arrow keys (and Home/End) move between sheets.
 * Hand-written rather than Fluent's TabList, whose focus-trap helper elements axe flags as
 * focusable inside aria-hidden.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export interface SheetTabsProps {
  names: string[];
  selected: string;
  /** Id prefix for tabs, so the panel can point at its tab. */
  idPrefix: string;
  onSelect(name: string): void;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXS,
    marginBottom: tokens.spacingVerticalXS,
  },
  tab: {
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: "transparent",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1Hover,
    },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export const tabId = (prefix: string, index: number): string => `${prefix}-tab-${index}`;

export function SheetTabs({
  names,
  selected,
  idPrefix,
  onSelect,
}: SheetTabsProps): React.JSX.Element {
  const styles = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const move = (from: number, key: string): void => {
    const last = names.length - 1;
    const to =
      key === "ArrowRight"
        ? from === last
          ? 0
          : from + 1
        : key === "ArrowLeft"
          ? from === 0
            ? last
            : from - 1
          : key === "Home"
            ? 0
            : last;
    onSelect(names[to]);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label="Sheets" className={styles.list}>
      {names.map((name, index) => {
        const isSelected = name === selected;
        return (
          <button
            key={name}
            id={tabId(idPrefix, index)}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(name)}
            onKeyDown={(event) => {
              if (["ArrowRight", "ArrowLeft", "Home", "End"].includes(event.key)) {
                event.preventDefault();
                move(index, event.key);
              }
            }}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
