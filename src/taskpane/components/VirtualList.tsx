/**
 * A list that renders only the rows on screen (TanStack Virtual), so a council's 20,000 indicators
 * cost the pane a few dozen elements. Short lists (the usual quarter) render plainly: no nested
 * scroll box, and the browser's find and a screen reader's reading order see every row.
 */
import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { makeStyles, tokens } from "@fluentui/react-components";

/** Rows up to this many render plainly. */
export const PLAIN_LIST_LIMIT = 60;

export interface VirtualListProps {
  count: number;
  /** A stable key per row (keeps measured heights with their rows across filters). */
  rowKey(index: number): string;
  renderRow(index: number): React.ReactNode;
  /** Estimated height of a row in px before it is measured. */
  estimate(index: number): number;
  label: string;
  /** Row to bring into view (e.g. the newly expanded group); changes trigger the scroll. */
  scrollTo?: number | null;
}

const useStyles = makeStyles({
  scroller: {
    maxHeight: "70vh",
    overflowY: "auto",
    overscrollBehavior: "contain",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  inner: { position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%" },
});

export function VirtualList(props: VirtualListProps): React.JSX.Element {
  if (props.count <= PLAIN_LIST_LIMIT)
    return (
      <div role="list" aria-label={props.label}>
        {Array.from({ length: props.count }, (_, index) => (
          <div role="listitem" key={props.rowKey(index)}>
            {props.renderRow(index)}
          </div>
        ))}
      </div>
    );
  return <WindowedList {...props} />;
}

function WindowedList({
  count,
  rowKey,
  renderRow,
  estimate,
  label,
  scrollTo,
}: VirtualListProps): React.JSX.Element {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: estimate,
    getItemKey: rowKey,
    overscan: 4,
  });
  React.useEffect(() => {
    if (scrollTo !== null && scrollTo !== undefined && scrollTo < count)
      virtualizer.scrollToIndex(scrollTo, { align: "start" });
  }, [scrollTo, count, virtualizer]);
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={-1}>
      <div
        role="list"
        aria-label={label}
        className={styles.inner}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <div
            role="listitem"
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={count}
            aria-posinset={row.index + 1}
            className={styles.row}
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderRow(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
