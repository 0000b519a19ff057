#!/usr/bin/env node
// A tiny static server for the demo: serves dist/ on 127.0.0.1 with a strict Content-Security-Policy.
// No dependencies (node:http). Port from PORT (default 5173); if it is taken, the next free one.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const ROOT = fileURLToPath(new URL('./dist/', import.meta.url));
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'";
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

/** The file under dist/ for a request path, or null if the path would leave dist/. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  return file.startsWith(ROOT) || file + sep === ROOT ? file : null;
}

const server = createServer(async (request, response) => {
  const headers = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Method not allowed\n');
    return;
  }
  const file = fileFor(request.url ?? '/');
  try {
    if (!file) throw new Error('outside dist');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Niet gevonden / Not found\n');
  }
});

/** Listens on `port`, or on the next one up while it is taken (at most MAX_TRIES more). */
function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0 && port !== 0) {
      listen(port + 1, triesLeft - 1);
    } else {
      console.error(`Kan niet starten / Cannot start: ${error.message}`);
      process.exit(1);
    }
  });
  server.listen(port, HOST);
}

server.once('listening', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : '?';
  console.log(`Open http://${HOST}:${port} in je browser / in your browser`);
  console.log('Stoppen / Stop: Ctrl+C');
});

const requested = Number.parseInt(process.env.PORT ?? '', 10);
listen(Number.isInteger(requested) && requested >= 0 && requested < 65536 ? requested : 5173, MAX_TRIES);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
