/**
 * `npm start`: where desktop Excel can run (Windows, macOS), build, serve over HTTPS with the
 * Office dev certificates and sideload the add-in (office-addin-debugging). Elsewhere there is no
 * desktop Excel to open, so it serves the add-in over HTTPS only and says how to sideload it into
 * Excel on the web.
 */
import { spawn } from "node:child_process";

const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

const args = hasDesktopExcel
  ? ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]
  : ["webpack", "serve", "--mode", "development"];

if (!hasDesktopExcel) {
  process.stdout.write(
    [
      "No desktop Excel on this platform: serving the add-in on https://localhost:3000 only.",
      "To use it, sideload manifest.xml into Excel on the web (README, 'Install the add-in').",
      "To try the task pane without Excel, run `npm run preview` instead.",
      "",
    ].join("\n")
  );
}

const child = spawn(npx, args, { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 1));
