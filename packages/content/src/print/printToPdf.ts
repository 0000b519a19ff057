/**
 * Printing the card HTML to a PDF with a headless Chromium.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, findChromium } from './findChromium.ts';

/** The outcome of {@link printToPdf}: never an exception. */
export type PrintToPdfResult =
  | { ok: true; file: string; browser: string }
  | { ok: false; message: { nl: string; en: string }; detail?: string };

/** Options of {@link printToPdf}. */
export interface PrintToPdfOptions {
  /** The browser to use; found with `findChromium` when left out. */
  executablePath?: string;
  /** Milliseconds before Chromium is stopped. Default 60 000. */
  timeout?: number;
}

const OPEN_IN_BROWSER = {
  nl: 'open het HTML-bestand in je browser en kies Afdrukken.',
  en: 'open the HTML file in your browser and choose Print.',
};

function failure(nl: string, en: string, detail?: string): PrintToPdfResult {
  const result: PrintToPdfResult = {
    ok: false,
    message: { nl: `${nl}; ${OPEN_IN_BROWSER.nl}`, en: `${en}; ${OPEN_IN_BROWSER.en}` },
  };
  if (detail) result.detail = detail;
  return result;
}

/** Runs the browser; resolves with its exit code (or `timeout`) and the end of its error output. */
function run(browser: string, args: string[], timeout: number) {
  return new Promise<{ code: number | 'timeout' | 'error'; stderr: string }>((done) => {
    let stderr = '';
    let settled = false;
    const finish = (code: number | 'timeout' | 'error') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done({ code, stderr: stderr.slice(-2000) });
    };
    // Its own process group (not on Windows), so a timeout stops Chromium's helper processes too.
    const group = process.platform !== 'win32';
    const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: group });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    const timer = setTimeout(() => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      finish('timeout');
    }, timeout);
    child.on('error', (error) => {
      stderr += String(error);
      finish('error');
    });
    // 'exit', not 'close': a helper process may keep the error stream open after Chromium is done.
    child.on('exit', (code) => finish(code ?? 1));
  });
}

async function startsWithPdf(file: string): Promise<boolean> {
  try {
    if ((await stat(file)).size < 5) return false;
    const handle = await open(file, 'r');
    try {
      const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
      return buffer.toString('latin1') === '%PDF-';
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * Prints an HTML document (from `renderPrintHtml`) to a PDF with a headless Chromium: writes it to
 * a temporary file, runs `chromium --headless --print-to-pdf=<outFile> --no-pdf-header-footer`
 * with a fresh profile, and checks that a PDF came out. Never throws: when no browser is found, or
 * printing fails or takes longer than 60 s, it returns `ok: false` with a plain message in Dutch
 * and English that tells the trainer to print from the browser instead.
 *
 * @example
 * ```ts
 * const result = await printToPdf(renderPrintHtml(deck, { language: 'nl', icons }), 'basis.pdf');
 * if (!result.ok) console.error(result.message.nl);
 * ```
 */
export async function printToPdf(
  html: string,
  outFile: string,
  options: PrintToPdfOptions = {},
): Promise<PrintToPdfResult> {
  const browser = options.executablePath ?? findChromium();
  if (!browser) return failure('Chromium is niet gevonden', 'Chromium was not found');
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(tmpdir(), 'ontdek-doe-print-'));
    const page = join(dir, 'cards.html');
    const target = resolve(outFile);
    await writeFile(page, html, 'utf8');
    await rm(target, { force: true });
    const { code, stderr } = await run(
      browser,
      [
        ...CHROMIUM_FLAGS,
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${target}`,
        pathToFileURL(page).href,
      ],
      options.timeout ?? 60_000,
    );
    if (code === 'timeout')
      return failure(
        'Chromium deed er te lang over (meer dan een minuut)',
        'Chromium took too long (over a minute)',
      );
    if (code === 'error') return failure('Chromium kon niet starten', 'Chromium could not start', stderr);
    if (!(await startsWithPdf(target)))
      return failure('Chromium heeft geen PDF gemaakt', 'Chromium made no PDF', `exit ${code}\n${stderr}`);
    return { ok: true, file: target, browser };
  } catch (error) {
    return failure('De PDF kon niet worden gemaakt', 'The PDF could not be made', String(error));
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
