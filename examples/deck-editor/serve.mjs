#!/usr/bin/env node
// Serves dist/ on 127.0.0.1 (PORT, default 5177) with a strict Content-Security-Policy.
import { runStaticServer } from '@ontdek-doe/example-shared/serveStatic.mjs';

await runStaticServer({ root: new URL('./dist/', import.meta.url), defaultPort: 5177 });
