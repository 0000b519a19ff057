// @ts-check
/**
 * The example as a user runs it: `node src/play.js` in a child process, scripted and interactive.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoDeck } from './demoDeck.js';
import { loadDeck } from './loadDeck.js';
import { playScripted } from './playScripted.js';

const PLAY = fileURLToPath(new URL('./play.js', import.meta.url));

/**
 * Runs the example with `input` piped to stdin.
 * @param {string[]} args
 * @param {{ input?: string; env?: Record<string, string> }} [options]
 */
function run(args, { input = '', env = {} } = {}) {
  const { OD_DECK: _deck, OD_FORCE_INTERACTIVE: _force, ...rest } = process.env;
  const result = spawnSync(process.execPath, [PLAY, ...args], {
    input,
    encoding: 'utf8',
    env: { ...rest, ...env },
    timeout: 10_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line, as Node prints it: `    at fn (file:line:col)`. */
const STACK = /^\s+at .+[:(]/m;

describe('scripted mode', () => {
  it('plays a group session and a follow-up, and prints every player’s alias and goal', () => {
    const { code, stdout, stderr } = run(['--auto']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    for (const alias of ['Zonnebloem', 'Vlieger', 'Merel']) {
      assert.match(stdout, new RegExp(`(Samenvatting van|Summary for) ${alias}`));
    }
    for (const goal of [
      'Elke week met Gerda naar de markt',
      'Join the walking group in the park',
      'Weer gaan tekenen',
    ]) {
      assert.ok(stdout.includes(goal), `missing goal "${goal}"`);
    }
    // the follow-up: check-ins, and a next step that continues an earlier goal
    assert.ok(stdout.includes('Hoe ging het?'));
    assert.ok(stdout.includes('How did it go?'));
    assert.ok(stdout.includes('Next step: Go with my sister on Monday'));
  });

  it('is the default when stdin is not a terminal', () => {
    const { code, stdout } = run([]);
    assert.equal(code, 0);
    assert.ok(stdout.includes('Samenvatting van Zonnebloem'));
  });

  it('gives the same text every time, and plays both sessions in well under a second', () => {
    const loaded = loadDeck(undefined);
    assert.ok(loaded.ok);
    const start = performance.now();
    const first = playScripted(loaded.deck);
    const took = performance.now() - start;
    assert.equal(playScripted(loaded.deck).text, first.text);
    assert.ok(took < 500, `took ${took.toFixed(0)} ms`);
    assert.equal(first.summaries.length, 3);
    assert.ok(first.followUpSummaries.every((s) => s.checkIns.length === 1));
  });
});

describe('interactive mode (on a pipe, forced)', () => {
  const env = { OD_FORCE_INTERACTIVE: '1', OD_SEED: '1' };
  // Every card gets the same line: "2 …" is a face, an option, or words, whatever the card asks.
  const cards = Array.from({ length: 5 }, () => '2 Koken voor mijn buren *');
  const goal = ['Vaker samen koken', 'Mijn buurvrouw vragen', 'zaterdag', '2', 'buurvrouw Ans', '', '7'];

  it('asks every question in Dutch and prints a summary with the typed answer and the goal', () => {
    const input = ['nl', '', 'Sam', ...cards, '1', ...goal, ''].join('\n');
    const { code, stdout, stderr } = run([], { input, env });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.ok(stdout.includes('Hoe wil je heten?'));
    assert.ok(stdout.includes('Samenvatting van Sam'));
    assert.ok(stdout.includes('Koken voor mijn buren'));
    assert.ok(stdout.includes('Wat ik belangrijk vind'));
    assert.ok(stdout.includes('• Vaker samen koken'));
    assert.ok(stdout.includes('Eerste stap: Mijn buurvrouw vragen'));
    assert.ok(stdout.includes('Wie helpt: iemand die ik ken (buurvrouw Ans)'));
    assert.ok(stdout.includes('Hoe zeker: 7 van 10'));
  });

  it('speaks English when the player chooses en, and re-asks what it did not understand', () => {
    const input = [
      'en',
      'y',
      'Sam',
      ...cards,
      'my family',
      'Cook together',
      'Ask Ans',
      '',
      'x',
      '1',
      '',
      '11',
      '8',
      '',
    ];
    const { code, stdout } = run([], { input: input.join('\n'), env });
    assert.equal(code, 0);
    assert.ok(stdout.includes('Summary for Sam'));
    assert.ok(stdout.includes('What matters to me\n  • my family'));
    assert.ok(stdout.includes('Who helps: myself'));
    assert.ok(stdout.includes('How confident: 8 out of 10'));
    assert.ok(!stdout.includes('Samenvatting'));
  });

  it('stops with a plain message when the input ends early', () => {
    const { code, stdout, stderr } = run([], { input: 'nl\n\nSam\n', env });
    assert.equal(code, 1);
    assert.ok(stdout.includes('Er komt geen invoer meer.'));
    assert.doesNotMatch(stdout + stderr, STACK);
  });
});

describe('a deck that cannot be used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'od-headless-'));

  it('explains a file that does not exist, without a stack trace', () => {
    const { code, stdout, stderr } = run(['--auto', '--deck', join(dir, 'nope.json')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /kan niet gelezen worden/);
    assert.doesNotMatch(stderr, STACK);
  });

  it('explains broken JSON from OD_DECK, without a stack trace', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "schemaVersion": 2, "cards": [ }');
    const { code, stderr } = run(['--auto'], { env: { OD_DECK: path } });
    assert.equal(code, 1);
    assert.match(stderr, /De kaartenset kan niet gebruikt worden:/);
    assert.match(stderr, /The deck cannot be used:/);
    assert.match(stderr, /✖/);
    assert.doesNotMatch(stderr, STACK);
  });

  it('lists every problem of a deck with mistakes, with its place', () => {
    const path = join(dir, 'mistakes.json');
    const [first, ...others] = demoDeck.cards;
    const deck = {
      ...demoDeck,
      cards: [
        { ...first, prompt: { en: 'No Dutch here?' } },
        { ...others[0], theme: 'nowhere' },
      ],
    };
    writeFileSync(path, JSON.stringify(deck));
    const { code, stderr } = run(['--auto', '--deck', path]);
    assert.equal(code, 1);
    assert.match(stderr, /cards\[0\]\.prompt/);
    assert.match(stderr, /cards\[1\]\.theme/);
    assert.doesNotMatch(stderr, STACK);
  });
});
