/**
 * Where an indicator lives: its service area; and the Go to cell link to its value for the period,
 * which the card puts among its actions after Edit (issue 22: Edit comes first from the keyboard).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

export interface CardPlaceProps {
  refLabel: string;
  cell?: string;
  onSelectCell?(cell: string): void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXXS} 0`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  area: { overflowWrap: "anywhere" },
  link: {
    padding: 0,
    border: "none",
    background: "none",
    fontFamily: "inherit",
    fontSize: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export function CardPlace({ area }: { area: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <p className={styles.root}>
      <span className={styles.area}>{area ? `Area: ${area}` : "No service area"}</span>
    </p>
  );
}

/** The card's Go to cell link (a button styled as a link); nothing when the cell is unknown. */
export function GoToCell({
  refLabel,
  cell,
  onSelectCell,
}: CardPlaceProps): React.JSX.Element | null {
  const styles = useStyles();
  const target = cell?.includes("!") ? cell : undefined;
  if (!target || !onSelectCell) return null;
  return (
    <button
      type="button"
      className={styles.link}
      aria-label={`Go to cell ${target} (${refLabel})`}
      onClick={() => onSelectCell(target)}
    >
      Go to cell
    </button>
  );
}
