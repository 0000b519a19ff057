#!/usr/bin/env node
// @ts-check
/**
 * Ontdek & Doe in the terminal.
 *
 *   node src/play.js            interactive when stdin is a terminal, else the scripted session
 *   node src/play.js --auto     the scripted group session and follow-up (CI, a quick look)
 *   node src/play.js --deck my-deck.json   play with another deck (also: OD_DECK=my-deck.json)
 *
 * OD_FORCE_INTERACTIVE=1 asks the questions even on a pipe (for tests); OD_SEED fixes the card order.
 */
import process from 'node:process';
import { loadDeck } from './loadDeck.js';
import { playInteractive } from './playInteractive.js';
import { playScripted } from './playScripted.js';

/**
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function options(args, env) {
  const at = args.indexOf('--deck');
  const deckPath = at >= 0 ? args[at + 1] : env.OD_DECK;
  const forced = env.OD_FORCE_INTERACTIVE === '1';
  const auto = args.includes('--auto') || (!process.stdin.isTTY && !forced);
  const seed = env.OD_SEED !== undefined && /^-?\d+$/.test(env.OD_SEED) ? Number(env.OD_SEED) : undefined;
  return { deckPath, auto, seed };
}

async function main() {
  const { deckPath, auto, seed } = options(process.argv.slice(2), process.env);
  const loaded = loadDeck(deckPath);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  if (auto) {
    process.stdout.write(playScripted(loaded.deck).text);
    return 0;
  }
  return playInteractive({
    deck: loaded.deck,
    input: process.stdin,
    output: process.stdout,
    ...(seed !== undefined ? { seed } : {}),
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Something this example did not expect: say so plainly; the details only on request.
    process.stderr.write('Er ging iets mis. / Something went wrong.\n');
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.OD_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 1;
  },
);
