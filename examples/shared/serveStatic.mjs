// A tiny static server for the browser examples: serves one folder on 127.0.0.1 with a strict
// Content-Security-Policy. No dependencies (node:http).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOST = '127.0.0.1';
export const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const MAX_TRIES = 20;

/** The file under `root` for a request path, or null if the path would leave `root`. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file.startsWith(root) || file + sep === root ? file : null;
}

/**
 * An http.Server (not listening yet) that serves the files under `root` (a directory path or a
 * file: URL, with a trailing slash) with `csp` and safe headers on every response.
 */
export function createStaticServer({ root, csp = CSP }) {
  const dir = typeof root === 'string' ? root : fileURLToPath(root);
  const base = dir.endsWith(sep) ? dir : dir + sep;
  return createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {
        ...headers,
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
      });
      response.end('Method not allowed\n');
      return;
    }
    const file = fileFor(base, request.url ?? '/');
    try {
      if (!file) throw new Error('outside root');
      const body = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Niet gevonden / Not found\n');
    }
  });
}

/**
 * Serves `root` on 127.0.0.1:`port`, or on the next port up while it is taken (port 0: any free
 * port). Resolves with `{ server, port, url, close }`.
 */
export async function serveStatic({ root, port = 0, csp = CSP, tries = MAX_TRIES }) {
  const server = createStaticServer({ root, csp });
  for (let attempt = port; ; attempt += 1) {
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(attempt, HOST, () => {
          server.off('error', reject);
          resolve();
        });
      });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt - port >= tries) throw error;
    }
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { server, port: actual, url: `http://${HOST}:${actual}`, close };
}

/**
 * The command line of an example's `serve.mjs`: port from PORT (default 5173, the next free one if
 * taken), prints the address, stops on Ctrl+C.
 */
export async function runStaticServer({ root, defaultPort = 5173, csp = CSP }) {
  const requested = Number.parseInt(process.env.PORT ?? '', 10);
  const port = Number.isInteger(requested) && requested >= 0 && requested < 65536 ? requested : defaultPort;
  let served;
  try {
    served = await serveStatic({ root, port, csp });
  } catch (error) {
    console.error(`Kan niet starten / Cannot start: ${error.message}`);
    process.exit(1);
  }
  console.log(`Open ${served.url} in je browser / in your browser`);
  console.log('Stoppen / Stop: Ctrl+C');
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      served.server.close();
      served.server.closeAllConnections();
      process.exit(0);
    });
  }
  return served;
}
