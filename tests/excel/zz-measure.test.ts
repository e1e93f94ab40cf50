import { classifyInContext } from "../../src/excel/classify";
import { asExcel, FakeRequestContext } from "./fake";
import { indicatorWorkbook } from "./helpers";
test("measure", async () => {
  for (const [rows, web] of [[20, false], [2000, false], [10000, false], [50000, false], [20, true], [10000, true], [50000, true]] as const) {
    const data = indicatorWorkbook(rows);
    if (!web) data.requestLimit = data.responseLimit = Infinity;
    const ctx = new FakeRequestContext(data);
    const run = await classifyInContext(asExcel(ctx), { requestLimit: web ? 4e6 : Infinity });
    console.log(`MEASURE rows=${rows} host=${web ? "web" : "desktop"} syncs=${ctx.syncCount} reads=${run.report.readSyncs} actions=${ctx.actionCount} perSync=${JSON.stringify(ctx.actionsPerSync)}`);
  }
}, 600000);
