/**
 * The sheet view's scrolling: which rows are on screen (only those are read and drawn), where the
 * box is scrolled sideways and how wide it is (for the columns drawn: columnWindow.ts), the scroll
 * position kept per sheet tab, and scrolling to a cell or column by moving the grid's own scroll
 * box — never scrollIntoView, which also scrolls the page and shifts the whole preview.
 */
import * as React from "react";

/** Rows drawn above and below the visible ones, so fast scrolling shows no gap. */
const OVERSCAN_ROWS = 20;

export interface RowWindow {
  /** First and one-past-last 0-based row drawn. */
  from: number;
  to: number;
}

export interface SheetScroll {
  scroller: React.RefObject<HTMLDivElement>;
  onScroll(): void;
  window: RowWindow;
  /** The box's sideways scroll and inner width, in px. */
  across: { left: number; width: number };
  /** Scrolls so (top, left) in px of the table is the box's top-left corner, as far as it goes. */
  scrollTo(top: number | null, left: number | null): void;
  viewport(): { width: number; height: number };
}

export function useSheetScroll(sheetName: string, rowCount: number, rowPx: number): SheetScroll {
  const scroller = React.useRef<HTMLDivElement>(null);
  const kept = React.useRef(new Map<string, { top: number; left: number }>());
  const [position, setPosition] = React.useState({ top: 0, height: 600, left: 0, width: 1000 });
  const frame = React.useRef(0);

  const measure = React.useCallback(() => {
    const box = scroller.current;
    if (!box) return;
    kept.current.set(sheetName, { top: box.scrollTop, left: box.scrollLeft });
    setPosition((before) => {
      const now = {
        top: box.scrollTop,
        height: box.clientHeight || before.height,
        left: box.scrollLeft,
        width: box.clientWidth || before.width,
      };
      const same = (Object.keys(now) as (keyof typeof now)[]).every((k) => now[k] === before[k]);
      return same ? before : now;
    });
  }, [sheetName]);

  const onScroll = React.useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  }, [measure]);

  // Another tab: put back where that sheet was left (a new sheet starts at its top-left).
  React.useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const place = kept.current.get(sheetName) ?? { top: 0, left: 0 };
    box.scrollTop = place.top;
    box.scrollLeft = place.left;
    measure();
  }, [sheetName, measure]);

  React.useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const first = Math.floor(position.top / rowPx);
  const visible = Math.ceil(position.height / rowPx) + 1;
  const window = {
    from: Math.max(0, first - OVERSCAN_ROWS),
    to: Math.min(rowCount, first + visible + OVERSCAN_ROWS),
  };

  const scrollTo = React.useCallback(
    (top: number | null, left: number | null) => {
      const box = scroller.current;
      if (!box) return;
      if (top !== null) box.scrollTop = Math.max(0, top);
      if (left !== null) box.scrollLeft = Math.max(0, left);
      measure();
    },
    [measure]
  );
  const viewport = React.useCallback(
    () => ({
      width: scroller.current?.clientWidth ?? 0,
      height: scroller.current?.clientHeight ?? 0,
    }),
    []
  );
  const across = React.useMemo(
    () => ({ left: position.left, width: position.width }),
    [position.left, position.width]
  );
  return { scroller, onScroll, window, across, scrollTo, viewport };
}
