/** What a long list of the pane needs from its owner (VirtualList and its windowed form). */
import type * as React from "react";

export interface VirtualListProps {
  count: number;
  /** A stable key per row (keeps measured heights with their rows across filters). */
  rowKey(index: number): string;
  renderRow(index: number): React.ReactNode;
  /** Estimated height of a row in px before it is measured. */
  estimate(index: number): number;
  label: string;
}
