/** The bench's one table: figure, measured, target or floor, ratio, pass — as Markdown. */

export type Verdict = "yes" | "NO" | "info" | "n/a";

export interface Row {
  figure: string;
  measured: string;
  target: string;
  /** measured ÷ target (or ÷ floor); blank when there is nothing to divide by. */
  ratio: string;
  pass: Verdict;
  /** Why a target is missed (printed under the table). */
  why?: string;
}

export const fmt = {
  int: (n: number): string => Math.round(n).toLocaleString("en-GB"),
  bytes: (n: number): string =>
    n >= 2 ** 20
      ? `${(n / 2 ** 20).toFixed(2)} MiB`
      : n >= 1024
        ? `${(n / 1024).toFixed(1)} KiB`
        : `${Math.round(n)} B`,
  ms: (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`),
  ratio: (n: number): string => (Number.isFinite(n) ? `${n.toFixed(2)}×` : ""),
};

/** A row for an upper bound (`≤ target`). */
export function atMost(
  figure: string,
  measured: number,
  target: number,
  show: (n: number) => string,
  why?: string
): Row {
  const pass = measured <= target;
  return {
    figure,
    measured: show(measured),
    target: `≤ ${show(target)}`,
    ratio: fmt.ratio(target === 0 ? NaN : measured / target),
    pass: pass ? "yes" : "NO",
    why: pass ? undefined : why,
  };
}

/** A row for a lower bound (`≥ target`). */
export function atLeast(
  figure: string,
  measured: number,
  target: number,
  show: (n: number) => string,
  why?: string
): Row {
  const pass = measured >= target;
  return {
    figure,
    measured: show(measured),
    target: `≥ ${show(target)}`,
    ratio: fmt.ratio(measured / target),
    pass: pass ? "yes" : "NO",
    why: pass ? undefined : why,
  };
}

export function info(figure: string, measured: string, target = "—", ratio = ""): Row {
  return { figure, measured, target, ratio, pass: "info" };
}

export function missing(figure: string, why: string): Row {
  return { figure, measured: "not measured", target: "—", ratio: "", pass: "n/a", why };
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function renderTable(rows: Row[]): string {
  const head = ["Figure", "Measured", "Target / floor", "Ratio", "Pass"];
  const body = rows.map((r) => [r.figure, r.measured, r.target, r.ratio, r.pass].map(escape));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [
    line(head),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}

export function renderMisses(rows: Row[]): string {
  const misses = rows.filter((r) => r.pass === "NO" || r.pass === "n/a");
  if (misses.length === 0) return "Every target holds.";
  return misses
    .map(
      (r) =>
        `- ${r.figure}: ${r.measured} against ${r.target}${r.ratio ? ` (${r.ratio})` : ""}${r.why ? ` — ${r.why}` : ""}`
    )
    .join("\n");
}
