/** The windowed body of VirtualList: TanStack Virtual draws only the rows in (and near) view. */
import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { VirtualListProps } from "./virtualListProps";

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

export default function WindowedList({
  count,
  rowKey,
  renderRow,
  estimate,
  label,
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
