/**
 * docs/layouts.md: a figure that may stand for "not yet available" (0 after figures, or a ×20 jump) gets
 * a caution instead of a direction of travel, so the text never calls a placeholder "a
 * significant decline of 99.6 percentage points".
 */
import type { IndicatorContext } from "./context";
import type { Direction } from "./direction";
import { placeholderHistory } from "../placeholder";
import { formatSourced } from "./numberText";
import { sentence } from "./sentence";
import { joinWithAnd } from "./words";
import { nounOf } from "./periodWords";

export function placeholderCaution(ctx: IndicatorContext): Direction | null {
  const current = ctx.current;
  if (!current || ctx.history.length === 0) return null;
  const history = placeholderHistory(ctx.history, ctx.history.length - 1);
  if (history === null) return null;
  const quarter = ctx.history[ctx.history.length - 1].quarter.label;
  const before = joinWithAnd(history.map(formatSourced));
  return {
    change: null,
    phrase: "Not compared (check the figure)",
    sentence: sentence(
      `Caution: the figure of ${formatSourced(current)} for ${quarter} is far from the figures before it (${before}) and may stand for one not yet available, so it is not compared with earlier ${nounOf(ctx.history)}s.`,
      ...history.map((h) => h.cell)
    ),
  };
}
