/** ▸ / ▾ before a collapsible heading (a text glyph: no icon weight in the pane's first load). */
import * as React from "react";

export function DisclosureMark({ expanded }: { expanded: boolean }): React.JSX.Element {
  return (
    <span aria-hidden="true" style={{ display: "inline-block", width: "1.2em" }}>
      {expanded ? "▾" : "▸"}
    </span>
  );
}
