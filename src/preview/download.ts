/** Saves the classified workbook from the preview (the pane's own file saver, with its type). */
import { saveFile } from "../taskpane/saveFile";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  saveFile(bytes, fileName, XLSX_TYPE);
}
