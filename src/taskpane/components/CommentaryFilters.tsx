/** Filter the commentary by service area and group, and search it by ref, name or text. */
import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular, Search20Regular } from "@fluentui/react-icons";
import { COMMENTARY_GROUP_TITLE, type CommentaryGroup } from "../../engine/types";
import { GROUP_ORDER, NO_FILTER, isFiltered, type CommentaryFilter } from "../commentaryFilter";

export interface CommentaryFiltersProps {
  areas: string[];
  filter: CommentaryFilter;
  onChange(filter: CommentaryFilter): void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  field: { minWidth: 0, flexGrow: 1, flexBasis: "130px" },
  select: { minWidth: 0, maxWidth: "100%" },
});

export function CommentaryFilters({
  areas,
  filter,
  onChange,
}: CommentaryFiltersProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Filter the commentary">
      <Field label="Service area" className={styles.field}>
        <Select
          className={styles.select}
          value={filter.area}
          onChange={(_, data) => onChange({ ...filter, area: data.value })}
        >
          <option value="">All areas</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area || "(no area)"}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status group" className={styles.field}>
        <Select
          className={styles.select}
          value={filter.group}
          onChange={(_, data) => onChange({ ...filter, group: data.value as CommentaryGroup | "" })}
        >
          <option value="">All groups</option>
          {GROUP_ORDER.map((group) => (
            <option key={group} value={group}>
              {COMMENTARY_GROUP_TITLE[group]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Search ref, name or text" className={styles.field}>
        <Input
          type="search"
          contentBefore={<Search20Regular aria-hidden="true" />}
          value={filter.search}
          onChange={(_, data) => onChange({ ...filter, search: data.value })}
        />
      </Field>
      {isFiltered(filter) && (
        <Button icon={<Dismiss20Regular />} onClick={() => onChange(NO_FILTER)}>
          Show all
        </Button>
      )}
    </div>
  );
}
