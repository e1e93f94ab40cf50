/** The pictures' on-demand wrappers: the chart code stays out of the pane's initial JavaScript. */
import * as React from "react";
import type { RunResult } from "../../engine/types";

const loadPictures = () => import(/* webpackChunkName: "pictures" */ "./Pictures");

const Trend = React.lazy(() => loadPictures().then((m) => ({ default: m.TrendPicture })));
const Summary = React.lazy(() => loadPictures().then((m) => ({ default: m.SummaryPicture })));

export function LazyTrendPicture(props: { result: RunResult; itemRef: string }): React.JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <Trend {...props} />
    </React.Suspense>
  );
}

export function LazySummaryPicture(props: { result: RunResult }): React.JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <Summary {...props} />
    </React.Suspense>
  );
}
