import { main } from "./src/cli/main";
(async () => {
  const code = await main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
  console.error("EXIT", code, "maxRSS MB", Math.round(process.resourceUsage().maxRSS / 1024));
})();
