/** Builds the web bundle once (if stale) and starts the preview server on a free port. */
import { startPreviewServer } from "../../scripts/preview-server";

export default async function globalSetup(): Promise<void> {
  const server = await startPreviewServer({ port: 0 });
  process.env.PREVIEW_URL = server.url;
  (globalThis as unknown as { __previewServer: typeof server }).__previewServer = server;
}
