/** Stops the preview server started by globalSetup. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as unknown as { __previewServer?: { close(): Promise<void> } })
    .__previewServer;
  await server?.close();
}
