// @ts-check
/**
 * Asks questions on a terminal or a pipe. `rl.question()` drops lines that arrive before it is
 * called, which is what a pipe does (all input at once), so lines are queued here instead and each
 * question takes the next one. On a terminal the prompt and line editing work as usual.
 */
import { createInterface } from 'node:readline/promises';

/**
 * @typedef {object} LineReader
 * @property {(prompt: string) => Promise<string | null>} ask Shows `prompt` and resolves with the
 *   next line (without the line break), or null when the input has ended.
 * @property {() => void} close
 */

/**
 * @example
 * const reader = createLineReader(process.stdin, process.stdout);
 * const name = await reader.ask('Naam: ');
 *
 * @param {NodeJS.ReadableStream & { isTTY?: boolean }} input
 * @param {NodeJS.WritableStream} output
 * @returns {LineReader}
 */
export function createLineReader(input, output) {
  const terminal = input.isTTY === true;
  const rl = createInterface({ input, output, terminal });
  /** @type {string[]} */
  const lines = [];
  /** @type {((line: string | null) => void) | null} */
  let waiting = null;
  let ended = false;

  rl.on('line', (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(line);
    } else lines.push(line);
  });
  // Ctrl+C on a terminal: readline would only pause; end the input instead, so the game says goodbye.
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => {
    ended = true;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(null);
    }
  });

  return {
    ask(prompt) {
      rl.setPrompt(prompt);
      rl.prompt();
      const queued = lines.shift();
      // On a pipe nothing is echoed; echo the answer, so a transcript reads like a conversation.
      const echo = (/** @type {string | null} */ line) => {
        if (!terminal) output.write(`${line ?? ''}\n`);
        return line;
      };
      if (queued !== undefined) return Promise.resolve(echo(queued));
      if (ended) return Promise.resolve(echo(null));
      return new Promise((resolve) => {
        waiting = (line) => resolve(echo(line));
      });
    },
    close() {
      rl.close();
    },
  };
}
