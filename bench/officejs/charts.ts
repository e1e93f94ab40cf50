/**
 * Charts on the in-memory host (the Challenge summary's stacked-bar chart): the collection, a
 * chart, and the parts the adapter sets (title, legend, data labels, series fill), as the real
 * runtime sends them. Only what the add-in uses is modelled; anything else is ApiNotFound.
 */
import type { Box } from "./address";
import { type Handle, HostError, NULL_HANDLE as NULL, unsupported } from "./handles";
import type { MemorySheet } from "./workbook";

export interface MemoryChart {
  name: string;
  type: string;
  seriesBy: string;
  source: Box;
  title: string;
  legend: string;
  showValues: boolean;
  /** One per series: the fill colour set, or null. */
  colours: (string | null)[];
  position: [string, string] | null;
}

type ChartHandle = Extract<Handle, { kind: "chart" }>;

/** worksheet.charts.X(…): Add, GetItem, GetItemOrNullObject. */
export function chartsMethod(sheet: MemorySheet, name: string, args: unknown[]): Handle {
  const [a0, a1, a2] = args;
  if (name === "Add") {
    const source = a1 as Handle;
    if (source.kind !== "range") throw new HostError("InvalidArgument", "Add needs a range.");
    if (sheet.protected)
      throw new HostError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet."
      );
    const box = source.boxes[0];
    const byColumns = String(a2) === "Columns";
    const chart: MemoryChart = {
      name: `Chart ${sheet.charts.length + 1}`,
      type: String(a0),
      seriesBy: String(a2),
      source: box,
      title: "",
      legend: "Right",
      showValues: false,
      colours: Array.from(
        { length: Math.max(1, (byColumns ? box.cols : box.rows) - 1) },
        () => null
      ),
      position: null,
    };
    sheet.charts.push(chart);
    return { kind: "chart", sheet, chart };
  }
  if (name === "GetItem" || name === "" || name === "GetItemOrNullObject") {
    const chart = sheet.charts.find((c) => c.name === String(a0));
    if (chart) return { kind: "chart", sheet, chart };
    if (name === "GetItemOrNullObject") return NULL;
    throw new HostError(
      "ItemNotFound",
      `The requested resource doesn't exist: chart ${String(a0)}.`
    );
  }
  throw unsupported(`method ${name} of charts`);
}

/** chart.title / legend / dataLabels / series, and series.format(.fill). */
export function chartNavigate(h: Handle, name: string): Handle | null {
  if (h.kind === "chart" && ["Title", "Legend", "DataLabels", "Series"].includes(name))
    return { kind: "chartPart", chart: h.chart, part: name };
  if (h.kind === "chartSeries" && name === "Format") return { ...h, path: "format." };
  if (h.kind === "chartSeries" && h.path === "format." && name === "Fill")
    return { ...h, path: "format.fill." };
  return null;
}

/** series.getItemAt(i). */
export function chartPartMethod(
  h: Extract<Handle, { kind: "chartPart" }>,
  name: string,
  args: unknown[]
): Handle {
  if (h.part === "Series" && name === "GetItemAt") {
    const index = Number(args[0]);
    if (!(index >= 0 && index < h.chart.colours.length))
      throw new HostError("InvalidArgument", `The chart has no series ${index}.`);
    return { kind: "chartSeries", chart: h.chart, index, path: "" };
  }
  throw unsupported(`method ${name} of chart ${h.part}`);
}

export function chartSetProperty(h: Handle, name: string, value: unknown): boolean {
  if (h.kind === "chart" && name === "Name") {
    if (h.sheet.charts.some((c) => c !== h.chart && c.name === String(value)))
      throw new HostError("InvalidArgument", `A chart named ${String(value)} already exists.`);
    h.chart.name = String(value);
    return true;
  }
  if (h.kind !== "chartPart") return false;
  const part = `${h.part}.${name}`;
  if (part === "Title.Text") h.chart.title = String(value);
  else if (part === "Legend.Position") h.chart.legend = String(value);
  else if (part === "DataLabels.ShowValue") h.chart.showValues = Boolean(value);
  else return false;
  return true;
}

export function chartAction(h: Handle, name: string, args: unknown[]): boolean {
  if (h.kind === "chart" && name === "SetPosition") {
    (h as ChartHandle).chart.position = [String(args[0]), String(args[1] ?? "")];
    return true;
  }
  if (h.kind === "chart" && name === "Delete") {
    if (h.sheet.protected)
      throw new HostError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet."
      );
    h.sheet.charts.splice(h.sheet.charts.indexOf(h.chart), 1);
    return true;
  }
  if (h.kind === "chartSeries" && h.path === "format.fill." && name === "SetSolidColor") {
    h.chart.colours[h.index] = String(args[0]);
    return true;
  }
  return false;
}

export function chartScalar(h: Handle, name: string): unknown {
  if (h.kind === "chart") return { Name: h.chart.name, ChartType: h.chart.type }[name];
  return undefined;
}
