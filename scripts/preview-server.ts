/**
 * `npm run preview`: serves the browser preview (dist/web) on http://localhost:$PORT (default 3000,
 * or the next free port), building the web bundle first when it is missing or out of date.
 * Plain node:http, no dependency; only files inside dist/web are ever served.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { WEB_DIST, ensureWebBuild } from "./webBuild";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const relative = decoded === "/" ? "preview.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function createHandler(root: string): http.RequestListener {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveFile(root, request.url ?? "/");
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

/** Starts serving on `port`, or the next free one (up to 50 further). Port 0 picks any free port. */
export async function startPreviewServer(
  options: { port?: number; root?: string; build?: boolean } = {}
): Promise<PreviewServer> {
  const root = path.resolve(options.root ?? WEB_DIST);
  if (options.build !== false) ensureWebBuild();
  const first = options.port ?? 3000;
  for (let port = first; port <= (first === 0 ? 0 : first + 50); port++) {
    const server = http.createServer(createHandler(root));
    try {
      const bound = await listen(server, port);
      return {
        url: `http://localhost:${bound}/`,
        port: bound,
        close: () => new Promise((resolve) => server.close(() => resolve())),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
  throw new Error(`No free port between ${first} and ${first + 50}.`);
}

async function main(): Promise<void> {
  const requested = Number(process.env.PORT ?? 3000);
  const server = await startPreviewServer({
    port: Number.isInteger(requested) && requested >= 0 ? requested : 3000,
  });
  console.log(`Performance Challenge preview: ${server.url}`);
  console.log("Press Ctrl+C to stop.");
}

if (/preview-server\.[cm]?[tj]s$/.test(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
