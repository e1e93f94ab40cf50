/** A finding's severity as icon AND word, so it never relies on colour or shape alone. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Regular, Info20Regular, Warning20Regular } from "@fluentui/react-icons";
import type { Severity } from "../../engine/types";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Error",
  warning: "Warning",
  info: "Information",
};

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export function SeverityLabel({ severity }: { severity: Severity }): React.JSX.Element {
  const styles = useStyles();
  const Icon =
    severity === "error"
      ? ErrorCircle20Regular
      : severity === "warning"
        ? Warning20Regular
        : Info20Regular;
  return (
    <span className={styles.root}>
      <Icon aria-hidden="true" className={styles[severity]} />
      <span>{SEVERITY_LABEL[severity]}</span>
    </span>
  );
}
