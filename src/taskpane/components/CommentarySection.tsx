/**
 * The commentary in the seed's four groups: filter by area and group, search, collapse a group,
 * and Copy all — which copies what the filter shows. Only the cards on screen are rendered.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular } from "@fluentui/react-icons";
import {
  COMMENTARY_GROUP_TITLE,
  type CommentaryGroup,
  type CommentaryItem,
  type RunResult,
} from "../../engine/types";
import { copyRich, groupsToHtml, groupsToText, type CopyGroup } from "../clipboard";
import {
  NO_FILTER,
  areasOf,
  commentaryRows,
  isFiltered,
  shownGroups,
  type CommentaryRow,
} from "../commentaryFilter";
import type { OfferedEdit } from "../periodEdits";
import { CommentaryCard } from "./CommentaryCard";
import { DisclosureMark } from "./DisclosureMark";
import { LazyTrendPicture } from "./LazyPictures";
import { PLAIN_LIST_LIMIT, VirtualList } from "./VirtualList";

export interface CommentarySectionProps {
  items: CommentaryItem[];
  /** The run the items come from, for each card's trend picture and value cell. */
  result?: RunResult;
  /** This period's edits by ref. */
  edits: ReadonlyMap<string, string>;
  /** Edits written for another period, offered by ref. */
  offers?: ReadonlyMap<string, OfferedEdit>;
  busy: boolean;
  onSave(ref: string, text: string): Promise<boolean>;
  onRedraft(ref: string): Promise<void>;
  onSelectCell?(cell: string): void;
  /** Refs the Challenge log lists for this period; null when unknown. */
  logRefs?: string[] | null;
  onAddToLog?(ref: string): Promise<void>;
  onError(error: unknown): void;
  onAnnounce(status: string): void;
}

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  groupTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 0`,
  },
  groupToggle: {
    fontSize: "inherit",
    fontWeight: "inherit",
    textAlign: "left",
    paddingLeft: 0,
    minWidth: 0,
    height: "auto",
  },
  empty: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
  count: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
});

// Loaded with the first result (not with the pane): keeps the pane's initial JavaScript in budget.
const CommentaryFilters = React.lazy(
  () => import(/* webpackChunkName: "commentary-filters" */ "./CommentaryFilters")
);

function rowKeyOf(row: CommentaryRow): string {
  return row.kind === "card" ? `card|${row.item.ref}|${row.index}` : `${row.kind}|${row.group}`;
}

export function CommentarySection(props: CommentarySectionProps): React.JSX.Element {
  const styles = useStyles();
  const filtersId = React.useId();
  const { items, edits, onError, onAnnounce, result } = props;
  const [filter, setFilter] = React.useState(NO_FILTER);
  // Closed at first: the first card's Edit is a few Tab presses from the pane's top (issue 22).
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const deferredFilter = React.useDeferredValue(filter);
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<CommentaryGroup>>(new Set());
  const areas = React.useMemo(() => areasOf(items), [items]);
  const inLog = React.useMemo(
    () => (props.logRefs ? new Set(props.logRefs) : null),
    [props.logRefs]
  );
  const cellOf = React.useMemo(
    () => new Map(result?.classifications.map((c) => [c.ref, c.cell]) ?? []),
    [result]
  );
  const textOf = React.useCallback((i: CommentaryItem) => edits.get(i.ref) ?? i.text, [edits]);
  const groups = React.useMemo(
    () => shownGroups(items, textOf, deferredFilter),
    [items, textOf, deferredFilter]
  );
  const rows = React.useMemo(() => commentaryRows(groups, collapsed), [groups, collapsed]);
  const shownCount = groups.reduce((sum, g) => sum + g.items.length, 0);
  const filtered = isFiltered(deferredFilter);

  const copyAll = (): void => {
    const copyGroups: CopyGroup[] = groups.map(({ group, items: groupItems }) => ({
      group,
      entries: groupItems.map((i) => ({ headline: i.headline, text: textOf(i) })),
    }));
    copyRich(groupsToText(copyGroups), groupsToHtml(copyGroups)).then(
      () =>
        onAnnounce(
          filtered ? `${shownCount} shown commentaries copied.` : "All commentary copied."
        ),
      onError
    );
  };
  const toggle = (group: CommentaryGroup): void =>
    setCollapsed((before) => {
      const next = new Set(before);
      if (!next.delete(group)) next.add(group);
      return next;
    });

  const renderRow = (row: CommentaryRow): React.ReactNode => {
    if (row.kind === "heading") {
      return (
        <h3 id={`group-${row.group}`} className={styles.groupTitle}>
          <Button
            appearance="transparent"
            className={styles.groupToggle}
            icon={<DisclosureMark expanded={!row.collapsed} />}
            aria-expanded={!row.collapsed}
            onClick={() => toggle(row.group)}
          >
            {COMMENTARY_GROUP_TITLE[row.group]} ({row.count})
          </Button>
        </h3>
      );
    }
    if (row.kind === "empty")
      return (
        <p className={styles.empty}>
          {filtered ? "None matches the filter." : "None this quarter."}
        </p>
      );
    const { item } = row;
    return (
      <CommentaryCard
        item={item}
        cell={cellOf.get(item.ref)}
        picture={result && <LazyTrendPicture result={result} itemRef={item.ref} />}
        edited={edits.get(item.ref)}
        offered={props.offers?.get(item.ref)}
        busy={props.busy}
        onSave={props.onSave}
        onRedraft={props.onRedraft}
        onSelectCell={props.onSelectCell}
        onAddToLog={inLog && !inLog.has(item.ref) ? props.onAddToLog : undefined}
        onError={onError}
        onAnnounce={onAnnounce}
      />
    );
  };
  const rowKey = (index: number): string => rowKeyOf(rows[index]);

  return (
    <>
      <div className={styles.toolbar}>
        <Button icon={<Copy20Regular />} onClick={copyAll} disabled={shownCount === 0}>
          {filtered ? `Copy ${shownCount} shown` : "Copy all commentary"}
        </Button>
        <Button
          appearance="subtle"
          icon={<DisclosureMark expanded={filtersOpen} />}
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {isFiltered(filter) ? "Filter and search (on)" : "Filter and search"}
        </Button>
      </div>
      {/* Closing the filters keeps them applied: the button says "(on)" and the count stays. */}
      <div id={filtersId} hidden={!filtersOpen}>
        {filtersOpen && (
          <React.Suspense fallback={null}>
            <CommentaryFilters areas={areas} filter={filter} onChange={setFilter} />
          </React.Suspense>
        )}
      </div>
      <p className={styles.count} aria-live="polite">
        {filtered ? `${shownCount} of ${items.length} shown.` : `${items.length} indicators.`}
      </p>
      {rows.length <= PLAIN_LIST_LIMIT ? (
        // A usual quarter: one section per group, every card in the page.
        groups.map(({ group }) => {
          const own = rows.filter((row) => row.group === group);
          return (
            <section key={group} aria-labelledby={`group-${group}`}>
              {own.map((row) => (
                <React.Fragment key={rowKeyOf(row)}>{renderRow(row)}</React.Fragment>
              ))}
            </section>
          );
        })
      ) : (
        <VirtualList
          count={rows.length}
          rowKey={rowKey}
          renderRow={(index) => renderRow(rows[index])}
          estimate={(index) => (rows[index].kind === "card" ? 260 : 44)}
          label="Challenge commentary"
        />
      )}
    </>
  );
}
