/**
 * Filter the commentary by service area and group, and search it by ref, name or text. Native
 * controls (labelled, keyboard-complete) keep the pane's initial JavaScript within its budget.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { COMMENTARY_GROUP_TITLE, type CommentaryGroup } from "../../engine/types";
import { GROUP_ORDER, NO_FILTER, isFiltered, type CommentaryFilter } from "../commentaryFilter";

export interface CommentaryFiltersProps {
  areas: string[];
  filter: CommentaryFilter;
  onChange(filter: CommentaryFilter): void;
}

const control = {
  width: "100%",
  boxSizing: "border-box" as const,
  minHeight: "32px",
  padding: `0 ${tokens.spacingHorizontalS}`,
  fontFamily: "inherit",
  fontSize: tokens.fontSizeBase300,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  field: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexGrow: 1,
    flexBasis: "130px",
    fontSize: tokens.fontSizeBase300,
  },
  control,
});

export function CommentaryFilters({
  areas,
  filter,
  onChange,
}: CommentaryFiltersProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  return (
    <div className={styles.root} role="search" aria-label="Filter the commentary">
      <label className={styles.field} htmlFor={`${id}-area`}>
        Service area
        <select
          id={`${id}-area`}
          className={styles.control}
          value={filter.area}
          onChange={(event) => onChange({ ...filter, area: event.target.value })}
        >
          <option value="">All areas</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area || "(no area)"}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field} htmlFor={`${id}-group`}>
        Status group
        <select
          id={`${id}-group`}
          className={styles.control}
          value={filter.group}
          onChange={(event) =>
            onChange({ ...filter, group: event.target.value as CommentaryGroup | "" })
          }
        >
          <option value="">All groups</option>
          {GROUP_ORDER.map((group) => (
            <option key={group} value={group}>
              {COMMENTARY_GROUP_TITLE[group]}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field} htmlFor={`${id}-search`}>
        Search ref, name or text
        <input
          id={`${id}-search`}
          type="search"
          className={styles.control}
          value={filter.search}
          onChange={(event) => onChange({ ...filter, search: event.target.value })}
        />
      </label>
      {isFiltered(filter) && (
        <Button icon={<Dismiss20Regular />} onClick={() => onChange(NO_FILTER)}>
          Show all
        </Button>
      )}
    </div>
  );
}

export default CommentaryFilters;
