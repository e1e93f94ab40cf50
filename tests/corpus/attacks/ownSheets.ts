/**
 * Issue 21, "every foreseeable state gets a message": 31 sheets of the analyst's called
 * "Challenge summary", "Challenge summary (2)" … leave no free name for the add-in's own. The run
 * refuses in one line that says what to do (never the catch-all), and writes no output.
 */
import fs from "node:fs";
import path from "node:path";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../builders/table";
import { type Attack, classify, refusal, save } from "./kit";

const summariesTaken: Attack = {
  id: "sheets/31-challenge-summaries",
  title: 'The analyst\'s own 31 sheets "Challenge summary", "Challenge summary (2)" … "(31)"',
  async run(dir) {
    const wb = newWorkbook();
    writeTable(wb.addWorksheet("Indicators"), HEALTHY_ROWS);
    for (let n = 1; n <= 31; n++)
      wb
        .addWorksheet(n === 1 ? "Challenge summary" : `Challenge summary (${n})`)
        .getCell("A1").value = `My notes ${n}`;
    const input = await save(wb, path.join(dir, "in.xlsx"));
    const out = path.join(dir, "out.xlsx");
    const run = await classify(input, out);
    const problems = refusal(run);
    if (!/Rename or delete some of them/.test(run.stderr)) problems.push(`stderr: ${run.stderr}`);
    if (fs.existsSync(out)) problems.push("an output was written");
    return problems;
  },
};

export const OWN_SHEET_ATTACKS: Attack[] = [summariesTaken];
