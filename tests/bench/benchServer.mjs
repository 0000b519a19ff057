// @ts-check
// The benchmark's static server: node:http on 127.0.0.1, gzip (level 9) for text files when the
// browser accepts it, as a host's web server would send them, and a log of what each response
// carried so the benchmark can add up the bytes a page transferred.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * @typedef {{ path: string, bytes: number, encoded: number, gzip: boolean }} Served
 */

/**
 * Serves `root` (a directory path) on 127.0.0.1 at a free port. `log` holds one entry per response
 * (path, bytes of the file, bytes sent); `close()` stops the server.
 * @param {string} root
 */
export async function serveBench(root) {
  const base = root.endsWith(sep) ? root : root + sep;
  /** @type {Map<string, { body: Buffer, gzipped: Buffer | null }>} */
  const cache = new Map();
  /** @type {Served[]} */
  const log = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let entry = cache.get(file);
    if (!entry) {
      try {
        const body = await readFile(file);
        const ext = extname(file);
        entry = { body, gzipped: COMPRESSED.has(ext) ? gzipSync(body, { level: 9 }) : null };
        cache.set(file, entry);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
        return;
      }
    }
    const gzip = entry.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const sent = gzip && entry.gzipped ? entry.gzipped : entry.body;
    response.writeHead(200, {
      'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      'Content-Length': sent.length,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(sent);
    log.push({ path, bytes: entry.body.length, encoded: sent.length, gzip });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
