/** The bench's pane rows (issue 13): Classify in the preview's task pane, Debian's Chromium. */
import type { PaneScaleFigures } from "../tests/e2e/paneScale";
import { atMost, fmt, missing, type Row } from "./table";
import { measurePane } from "./paneScale";

/** No main-thread task over 200 ms, progress every 250 ms; the pane under ~3,000 elements (issue 13). */
const LONGEST_TASK_MS = 200;
const PROGRESS_GAP_MS = 250;
const PANE_ELEMENTS = 3_000;

export function paneRows(figures: PaneScaleFigures[]): Row[] {
  return figures.flatMap((f) => {
    const label = `Pane Classify, ${fmt.int(f.rows)} rows (Chromium)`;
    return [
      atMost(
        `${label}: longest main-thread task`,
        f.longestTaskMs,
        LONGEST_TASK_MS,
        fmt.ms,
        `${f.tasksOver200} tasks over 200 ms`
      ),
      atMost(
        `${label}: longest time without progress`,
        f.longestProgressGapMs,
        PROGRESS_GAP_MS,
        fmt.ms
      ),
      {
        figure: `${label}: click to summary`,
        measured: fmt.ms(f.msToSummary),
        target: "",
        ratio: "",
        pass: "info" as const,
      },
      atMost(`${label}: pane elements`, f.paneElements, PANE_ELEMENTS, fmt.int),
      {
        figure: `${label}: JS heap`,
        measured: f.heapMb === null ? "n/a" : `${f.heapMb} MiB`,
        target: "",
        ratio: "",
        pass: "info" as const,
      },
    ];
  });
}

export async function paneSection(sizes: number[]): Promise<Row[]> {
  try {
    return paneRows(await measurePane(sizes));
  } catch (error) {
    return [missing("Pane Classify (Chromium)", (error as Error).message)];
  }
}
