/** Table rows for the second-quarter phase: each operation completes, with nothing refused. */
import { type Row, atMost, fmt } from "../table";
import { syncTarget } from "./rows";
import type { SecondQuarterCost } from "./secondQuarter";

/** The operations issue 14's sync target applies to: the next quarter's classify and its rerun. */
const SYNC_TARGETED = /^(classify .*\(log full\)|rerun )/;

export function secondQuarterRows(costs: SecondQuarterCost[], why?: string): Row[] {
  if (costs.length === 0)
    return [
      {
        figure: "Office.js second quarter",
        measured: "not measured",
        target: "",
        ratio: "",
        pass: "NO",
        why,
      },
    ];
  const rows: Row[] = [];
  for (const cost of costs) {
    const n = `Office.js 2nd quarter ${fmt.int(cost.rows)} rows`;
    for (const op of cost.operations) {
      const pass = op.ok && op.refused === 0;
      rows.push({
        figure: `${n}: ${op.operation}`,
        measured: `${op.ok ? "completes" : "FAILS"}; ${op.syncs} syncs, up ${fmt.bytes(op.bytesUp)}, down ${fmt.bytes(op.bytesDown)}, ${op.refused} refused`,
        target: "completes, 0 refused",
        ratio: "",
        pass: pass ? "yes" : "NO",
        why: pass
          ? undefined
          : (op.problem ?? `${op.refused} requests refused by the 5 MB payload limit`),
      });
      if (SYNC_TARGETED.test(op.operation))
        rows.push(
          atMost(
            `${n}: ${op.operation}, syncs`,
            op.syncs,
            syncTarget(cost.rows),
            fmt.int,
            `${op.refused} refused, down ${fmt.bytes(op.bytesDown)}: this period's log rows are found by the first read (Ref, Period) and read after it; at 10,000 rows they and the table (≈ 5.4 MB) cannot share one 5 MB response`
          )
        );
    }
    rows.push({
      figure: `${n}: reviewer cells kept`,
      measured: cost.reviewerCellsKept ? "all" : "SOME LOST",
      target: "all",
      ratio: "",
      pass: cost.reviewerCellsKept ? "yes" : "NO",
      why: cost.reviewerCellsKept ? undefined : "a reviewer's cell changed or its format was lost",
    });
  }
  return rows;
}
