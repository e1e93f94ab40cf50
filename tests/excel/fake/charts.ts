/**
 * Charts of the fake Excel (the summary's stacked-bar chart): the collection, a chart and the
 * parts the adapter sets. Like every proxy, calls queue actions that change the workbook at sync;
 * a chart reached from a missing sheet or name through *OrNullObject is a null object.
 */
import { FakeClientObject, FakeOfficeError } from "./base";
import { assertWritable } from "./cells";
import type { FakeRequestContext } from "./context";
import type { FakeRange } from "./range";
import type { ChartData, SheetData } from "./state";

type ChartResolver = () => { sheet: SheetData; chart: ChartData } | null;

export class FakeChartCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolveSheet: () => SheetData | null
  ) {
    super(ctx);
  }

  private sheetOrThrow(): SheetData {
    const sheet = this.resolveSheet();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let made: { sheet: SheetData; chart: ChartData } | null = null;
    this.ctx.enqueue(() => {
      const sheet = this.sheetOrThrow();
      const target = source.resolve();
      if (!target) throw new FakeOfficeError("InvalidArgument", "The source range is invalid.");
      assertWritable({ ...target, sheet });
      const byColumns = seriesBy === "Columns";
      const count = Math.max(1, (byColumns ? target.cols : target.rows) - 1);
      const chart: ChartData = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        seriesBy,
        source: { top: target.top, left: target.left, rows: target.rows, cols: target.cols },
        title: "",
        legend: "Right",
        showValues: false,
        series: Array.from({ length: count }, () => ({ name: "", color: null })),
        position: null,
      };
      sheet.charts.push(chart);
      made = { sheet, chart };
    });
    return new FakeChart(this.ctx, () => made);
  }

  private find(name: string): ChartResolver {
    return () => {
      const sheet = this.resolveSheet();
      const chart = sheet?.charts.find((c) => c.name === name);
      return sheet && chart ? { sheet, chart } : null;
    };
  }

  getItem(name: string): FakeChart {
    this.ctx.enqueue(() => undefined);
    const found = this.find(name);
    return new FakeChart(this.ctx, () => {
      const hit = found();
      if (!hit) throw new FakeOfficeError("ItemNotFound", `The chart '${name}' doesn't exist.`);
      return hit;
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    this.ctx.enqueue(() => undefined);
    return new FakeChart(this.ctx, this.find(name));
  }
}

export class FakeChart extends FakeClientObject {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly dataLabels: { showValue: boolean };
  readonly series: { getItemAt(index: number): FakeChartSeries };

  constructor(
    ctx: FakeRequestContext,
    private readonly resolveChart: ChartResolver
  ) {
    super(ctx);
    const setter = <K extends "title" | "legend" | "showValues">(key: K) => {
      return (value: ChartData[K]) =>
        this.ctx.enqueue(() => {
          this.chartOrThrow().chart[key] = value;
        });
    };
    const [setTitle, setLegend, setValues] = [
      setter("title"),
      setter("legend"),
      setter("showValues"),
    ];
    this.title = {
      set text(v: string) {
        setTitle(v);
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "title.text is write-only here.");
      },
    };
    this.legend = {
      set position(v: string) {
        setLegend(v);
      },
      get position(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "legend.position is write-only here.");
      },
    };
    this.dataLabels = {
      set showValue(v: boolean) {
        setValues(v);
      },
      get showValue(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "dataLabels.showValue is write-only here.");
      },
    };
    this.series = {
      getItemAt: (index: number) => {
        this.ctx.enqueue(() => undefined);
        return new FakeChartSeries(this.ctx, () => {
          const series = this.chartOrThrow().chart.series[index];
          if (!series)
            throw new FakeOfficeError("InvalidArgument", `The chart has no series ${index}.`);
          return series;
        });
      },
    };
  }

  private chartOrThrow(): { sheet: SheetData; chart: ChartData } {
    const hit = this.resolveChart();
    if (!hit) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return hit;
  }

  get name(): string {
    return this.readLoaded("name");
  }

  set name(value: string) {
    this.ctx.enqueue(() => {
      const { sheet, chart } = this.chartOrThrow();
      if (sheet.charts.some((c) => c !== chart && c.name === value))
        throw new FakeOfficeError("InvalidArgument", `A chart named '${value}' already exists.`);
      chart.name = value;
    });
  }

  load(props?: string): this {
    void props;
    this.ctx.enqueue(() => {
      const hit = this.resolveChart();
      this.storeLoaded(hit ? { name: hit.chart.name } : null);
    });
    return this;
  }

  setPosition(start: string, end: string): void {
    this.ctx.enqueue(() => {
      this.chartOrThrow().chart.position = [start, end];
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, chart } = this.chartOrThrow();
      assertWritable({ sheet, top: 0, left: 0, rows: 1, cols: 1 });
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

export class FakeChartSeries extends FakeClientObject {
  readonly format: { fill: { setSolidColor(color: string): void } };

  constructor(
    ctx: FakeRequestContext,
    private readonly resolveSeries: () => ChartData["series"][number]
  ) {
    super(ctx);
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          this.ctx.enqueue(() => {
            this.resolveSeries().color = color;
          }),
      },
    };
  }

  set name(value: string) {
    this.ctx.enqueue(() => {
      this.resolveSeries().name = value;
    });
  }

  get name(): string {
    return this.readLoaded("name");
  }
}
