/** Runs the command line and prints its peak resident memory (for the attack corpus). */
import { main } from "../../../src/cli/main";

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.stderr.write(`PEAK_RSS_MB ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
  process.exitCode = code;
});
