/**
 * Browser preview entry: no Office.js. Loads the bundled sample workbook from the same origin and
 * shows the task pane beside a sheet view of it.
 */
import { createRoot } from "react-dom/client";
import { createPreviewPort } from "./previewPort";
import { PreviewShell } from "./PreviewShell";

export const SAMPLE_FILE = "performance-q2-2018-19.xlsx";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const port = createPreviewPort();
  let startupError: string | undefined;
  try {
    const response = await fetch(SAMPLE_FILE);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await port.open(await response.arrayBuffer(), SAMPLE_FILE);
  } catch {
    startupError =
      "The sample workbook could not be loaded. Use “Open workbook…” to choose an .xlsx file.";
  }
  createRoot(container).render(<PreviewShell port={port} startupError={startupError} />);
}

void start();
