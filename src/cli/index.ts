#!/usr/bin/env node
/** Entry point of the `perf-challenge` command; all the work is in main.ts (tested in-process). */
import { main } from "./main";

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
