/**
 * The pane's pictures (loaded on demand, with the chart code): an indicator's trend and the
 * summary, the same drawings as the Word report's. Shown as an <img> of the SVG, so workbook text
 * inside it can never become markup in the pane; the alt text gives every figure.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RunResult } from "../../engine/types";
import type { Drawing } from "../../report/charts/drawing";
import { summaryDrawing } from "../../report/charts/summaryChart";
import { drawingToSvg } from "../../report/charts/svg";
import { trendDrawing, trendInputOf } from "../../report/charts/trend";

const useStyles = makeStyles({
  picture: {
    display: "block",
    maxWidth: "100%",
    height: "auto",
    margin: `${tokens.spacingVerticalXS} 0`,
  },
});

function svgSource(drawing: Drawing): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawingToSvg(drawing))}`;
}

function Picture({ drawing, testId }: { drawing: Drawing; testId: string }): React.JSX.Element {
  const styles = useStyles();
  const source = React.useMemo(() => svgSource(drawing), [drawing]);
  return (
    <img
      className={styles.picture}
      src={source}
      alt={drawing.description}
      width={drawing.width}
      height={drawing.height}
      data-testid={testId}
    />
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
    () => (index >= 0 ? trendDrawing(trendInputOf(result, index)) : null),
    [result, index]
  );
  return drawing && <Picture drawing={drawing} testId="trend-picture" />;
}

export function SummaryPicture({ result }: { result: RunResult }): React.JSX.Element {
  const drawing = React.useMemo(
    () => summaryDrawing(result.summary, result.quarter.label),
    [result]
  );
  return <Picture drawing={drawing} testId="summary-picture" />;
}
