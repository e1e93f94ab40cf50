/**
 * The period someone chose in the pane's picker, shared with the ribbon's Classify through the
 * port (one port serves both in the shared runtime: docs/manifest.md). Kept for the session only:
 * a choice stored with the workbook would make next quarter's ribbon Classify run an old quarter.
 */
export interface PeriodChoice {
  /** The chosen period's label; undefined when nobody chose one (the ribbon takes the latest). */
  get(): string | undefined;
  set(label: string | undefined): void;
}

export function createPeriodChoice(): PeriodChoice {
  let chosen: string | undefined;
  return {
    get: () => chosen,
    set: (label) => {
      chosen = label || undefined;
    },
  };
}
