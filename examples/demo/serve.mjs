#!/usr/bin/env node
// Serves the demo's dist/ on 127.0.0.1 with a strict Content-Security-Policy, through the examples'
// shared static server (examples/shared/serveStatic.mjs). Port from PORT (default 5173); if it is
// taken, the next free one.
import { runStaticServer } from '@ontdek-doe/example-shared/serveStatic.mjs';

await runStaticServer({ root: new URL('./dist/', import.meta.url) });
