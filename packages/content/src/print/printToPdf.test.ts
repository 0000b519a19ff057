import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './findChromium.ts';
import { printToPdf } from './printToPdf.ts';

describe('printToPdf without a working browser', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'od-pdf-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function script(name: string, body: string) {
    const file = join(dir, name);
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
    return file;
  }

  it('says in plain words that Chromium is missing', async () => {
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-such-browser');
    try {
      const result = await printToPdf('<p>x</p>', join(dir, 'a.pdf'));
      expect(result).toEqual({
        ok: false,
        message: {
          nl: 'Chromium is niet gevonden; open het HTML-bestand in je browser en kies Afdrukken.',
          en: 'Chromium was not found; open the HTML file in your browser and choose Print.',
        },
      });
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });

  it('reports a browser that makes no PDF', async () => {
    const result = await printToPdf('<p>x</p>', join(dir, 'b.pdf'), {
      executablePath: await script('fails.sh', 'echo "broken" >&2; exit 3'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.nl).toBe(
        'Chromium heeft geen PDF gemaakt; open het HTML-bestand in je browser en kies Afdrukken.',
      );
      expect(result.detail).toContain('broken');
    }
  });

  it('stops a browser that takes too long', async () => {
    const started = Date.now();
    const result = await printToPdf('<p>x</p>', join(dir, 'c.pdf'), {
      executablePath: await script('hangs.sh', 'exec sleep 30'),
      timeout: 300,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toMatch(/^Chromium took too long/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not throw when the browser cannot start or the file cannot be written', async () => {
    const notExecutable = join(dir, 'plain.txt');
    await writeFile(notExecutable, 'x');
    const result = await printToPdf('<p>x</p>', join(dir, 'd.pdf'), { executablePath: notExecutable });
    expect(result.ok).toBe(false);
    const unwritable = await printToPdf('<p>x</p>', join(dir, 'missing-folder', 'deeper', 'e.pdf'), {
      executablePath: await script('fails2.sh', 'exit 1'),
    });
    expect(unwritable.ok).toBe(false);
  });
});

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it is executable, and nothing else when it is not', async () => {
    expect(findChromium({ CHROMIUM_PATH: '/bin/sh', PATH: '' })).toBe('/bin/sh');
    expect(findChromium({ CHROMIUM_PATH: '/no/such/chromium', PATH: '/usr/bin' })).toBeUndefined();
  });
});
