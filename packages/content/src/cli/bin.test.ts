/**
 * A smoke test of the built executable (`dist/cli.js`) in a real child process: the shebang, the
 * exit code, stdout and stderr. Runs after `pnpm build` (the root `pnpm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../source/packagePaths.ts';

const bin = join(packageRoot(), 'dist', 'cli.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: packageRoot(), encoding: 'utf8', timeout: 20_000 });

describe.skipIf(!existsSync(bin))('dist/cli.js (the ontdek-doe bin)', () => {
  it('is an executable node script', () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(spawnSync('head', ['-n', '1', bin], { encoding: 'utf8' }).stdout).toBe('#!/usr/bin/env node\n');
  });

  it('validates a deck: exit code 0', () => {
    const result = run('validate', 'test-fixtures/valid/voorbeeld', '--lang', 'en');
    expect(result.stdout).toBe('✔ test-fixtures/valid/voorbeeld\n\nNo problems in 1 deck.\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('a broken deck: exit code 1; a binary file: exit code 2, and never a stack trace', () => {
    expect(run('validate', 'test-fixtures/broken/depth-4').status).toBe(1);
    const binary = run('validate', 'test-fixtures/broken/binary-deck');
    expect(binary.status).toBe(2);
    expect(`${binary.stdout}${binary.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader of its output has gone (`validate … | head -1`)', async () => {
    // The pipe is closed before the tool writes: every write fails with EPIPE.
    const child = spawn(process.execPath, [bin, 'validate', 'test-fixtures/valid'], {
      cwd: packageRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('bad usage: exit code 2 and a message on stderr', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Onbekende opdracht "frobnicate"/);
  });
});
