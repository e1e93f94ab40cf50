/**
 * A list that renders only the rows on screen (TanStack Virtual), so a council's 20,000 indicators
 * cost the pane a few dozen elements. Short lists (the usual quarter) render plainly: no nested
 * scroll box, and the browser's find and a screen reader's reading order see every row.
 */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import type { VirtualListProps } from "./virtualListProps";

// The virtualiser loads only when a list is long (a council's thousands of indicators).
const WindowedList = React.lazy(
  () => import(/* webpackChunkName: "windowed-list" */ "./WindowedList")
);

/** Rows up to this many render plainly. */
export const PLAIN_LIST_LIMIT = 60;

export type { VirtualListProps } from "./virtualListProps";

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
  return (
    <React.Suspense fallback={<Spinner size="tiny" label="Laying out the list…" />}>
      <WindowedList {...props} />
    </React.Suspense>
  );
}
