/**
 * The shared-runtime page (manifest: SourceLocation, FunctionFile, Runtime and the custom
 * functions' Page all name it): ONE port for the ribbon commands and the pane, the engine loaded
 * once, and the PERF custom functions. Office.js is loaded by taskpane.html from Microsoft's CDN;
 * every use of the Office global is guarded so that opening the page outside Office shows a
 * message, not a crash.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
// The PERF custom functions register as the page loads (functions.ts); the stand-in first.
import "../functions/customFunctionsGlobal";
import "../functions/functions";
import { App } from "./components/App";
import { createExcelPort } from "../excel/excelPort";
import { registerCommands } from "../commands/commands";
import { commandOutcomeStore } from "../commands/outcomes";
import { engineHelpers } from "../excel/engineHelpers";
import type { AsyncEngine } from "../worker/engineClient";

const OUTSIDE_OFFICE =
  "This page is the Performance Challenge task pane and runs inside Excel. To try it in a browser, open the preview page instead.";

/** The worker's client loads with the first classification, not with the pane. */
function lazyEngineClient(): AsyncEngine {
  let client: Promise<AsyncEngine> | undefined;
  const started = (): Promise<AsyncEngine> =>
    (client ??= import(/* webpackChunkName: "engine-client" */ "../worker/engineClient").then(
      (module) => module.createEngineClient()
    ));
  return {
    runEngine: async (grid, options) => (await started()).runEngine(grid, options),
    planWrite: async (result, existing, palette) =>
      (await started()).planWrite(result, existing, palette),
  };
}

function mount(content: React.ReactNode): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(content);
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office !== "undefined" && typeof Office.onReady === "function" ? Office : undefined;
}

const office = officeGlobal();
if (office) {
  void office.onReady((info) => {
    if (info.host !== office.HostType.Excel) {
      mount(<p>{OUTSIDE_OFFICE}</p>);
      return;
    }
    // Read -> worker -> write: Office.js stays here, the engine's long work runs in a Web Worker.
    const port = createExcelPort({ engine: { ...engineHelpers, ...lazyEngineClient() } });
    registerCommands(office, port);
    mount(<App port={port} commandOutcomes={commandOutcomeStore} />);
  });
} else {
  mount(<p>{OUTSIDE_OFFICE}</p>);
}
