/**
 * The pane's pictures (loaded on demand, with the chart code): an indicator's trend and the
 * summary, the same drawings as the Word report's, drawn as inline SVG elements by React, so
 * workbook text inside them is always text. The accessible name gives every figure.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RunResult } from "../../engine/types";
import type { Drawing, Shape } from "../../report/charts/drawing";
import { isDrawable } from "../../report/charts/svg";
import { summaryDrawing, type PeriodSummary } from "../../report/charts/summaryChart";
import { trendDrawing, trendInputOf } from "../../report/charts/trend";

/** The pane is narrow: its trend pictures are drawn this wide, so labels keep their size. */
export const PANE_TREND_WIDTH = 360;

const useStyles = makeStyles({
  picture: {
    display: "block",
    maxWidth: "100%",
    height: "auto",
    margin: `${tokens.spacingVerticalXS} 0`,
  },
});

function dataProps(data: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data ?? {})) out[`data-${key}`] = value;
  return out;
}

function ShapeElement({ shape }: { shape: Shape }): React.JSX.Element {
  switch (shape.kind) {
    case "rect":
      return (
        <rect
          data-role={shape.role}
          {...dataProps(shape.data)}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          fill={shape.fill}
          stroke={shape.stroke}
        />
      );
    case "circle":
      return (
        <circle
          data-role={shape.role}
          {...dataProps(shape.data)}
          cx={shape.cx}
          cy={shape.cy}
          r={shape.r}
          fill={shape.fill}
          stroke={shape.stroke}
        />
      );
    case "line":
      return (
        <polyline
          data-role={shape.role}
          points={shape.points.map(([x, y]) => `${x},${y}`).join(" ")}
          fill="none"
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeDasharray={shape.dashed ? "6 4" : undefined}
        />
      );
    case "text":
      return (
        <text
          data-role={shape.role}
          x={shape.x}
          y={shape.y}
          textAnchor={shape.anchor}
          fontSize={shape.size}
          fontWeight={shape.bold ? "bold" : undefined}
          fill={shape.fill}
        >
          {shape.text}
        </text>
      );
  }
}

function Picture({ drawing, testId }: { drawing: Drawing; testId: string }): React.JSX.Element {
  const styles = useStyles();
  const titleId = React.useId();
  return (
    <svg
      className={styles.picture}
      role="img"
      aria-labelledby={titleId}
      width={drawing.width}
      height={drawing.height}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      fontFamily="Segoe UI, Arial, Liberation Sans, sans-serif"
      data-testid={testId}
    >
      <title id={titleId}>{drawing.description}</title>
      <rect width={drawing.width} height={drawing.height} fill="#FFFFFF" />
      {drawing.shapes.map((shape, i) =>
        isDrawable(shape) ? <ShapeElement key={i} shape={shape} /> : null
      )}
    </svg>
  );
}

export function TrendPicture({
  result,
  itemRef,
}: {
  result: RunResult;
  itemRef: string;
}): React.JSX.Element | null {
  const index = result.indicators.findIndex((i) => i.ref === itemRef);
  const drawing = React.useMemo(
    () => (index >= 0 ? trendDrawing(trendInputOf(result, index), PANE_TREND_WIDTH) : null),
    [result, index]
  );
  return drawing && <Picture drawing={drawing} testId="trend-picture" />;
}

/**
 * The previous period's shares beside this period's; nothing without the previous period (the
 * summary table above already gives this period's), as in the report (docs/report.md).
 */
export function SummaryPicture({
  result,
  previous,
}: {
  result: RunResult;
  previous?: PeriodSummary | null;
}): React.JSX.Element | null {
  const drawing = React.useMemo(
    () => summaryDrawing({ period: result.quarter.label, summary: result.summary }, previous),
    [result, previous]
  );
  return drawing && <Picture drawing={drawing} testId="summary-picture" />;
}
