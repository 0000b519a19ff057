// @ts-check
/**
 * One player at the keyboard: choose a language and a nickname, play five cards, choose what
 * matters, set one goal, and read the summary. Every question is in the chosen language.
 */
import { createGame } from '@ontdek-doe/core';
import { formatSummary } from './formatSummary.js';
import { createLineReader } from './lineReader.js';
import { familyNames, strings, uiLanguage } from './strings.js';

/** @typedef {import('@ontdek-doe/core').Deck} Deck */
/** @typedef {import('@ontdek-doe/core').AnswerValue} AnswerValue */
/** @typedef {import('@ontdek-doe/core').GameEvent} GameEvent */
/** @typedef {import('@ontdek-doe/core').Helper} Helper */
/** @typedef {import('@ontdek-doe/core').MattersItem} MattersItem */
/** @typedef {ReturnType<typeof createGame>} Game */
/** @typedef {NonNullable<ReturnType<Game['view']>['card']>} CardView */
/** @typedef {typeof strings.nl | typeof strings.en} Strings */

/** The input ended before the game did (Ctrl+D, or a pipe ran dry). */
class InputEnded extends Error {}

/** How many cards one player plays in this example. */
const CARDS = 5;

/**
 * Reads what the player typed for a card. A `*` at the end marks the answer as important.
 *
 * @param {string} line
 * @param {CardView} card
 * @returns {{ pass: true } | { value: AnswerValue; starred: boolean } | { problem: 'faces' | 'choice' }}
 */
export function readAnswer(line, card) {
  let text = line.trim();
  if (/^(p|pass|overslaan)$/i.test(text)) return { pass: true };
  const starred = text.endsWith('*');
  if (starred) text = text.slice(0, -1).trim();
  const answer = card.answer;
  switch (answer.kind) {
    case 'text':
      return { value: { kind: 'text', text }, starred };
    case 'talk':
      return { value: text ? { kind: 'talk', text } : { kind: 'talk' }, starred };
    case 'faces': {
      const match = /^([1-5])(?:\s+(.*))?$/.exec(text);
      if (!match) return { problem: 'faces' };
      const face = /** @type {1 | 2 | 3 | 4 | 5} */ (Number(match[1]));
      const words = match[2]?.trim();
      return { value: words ? { kind: 'faces', face, text: words } : { kind: 'faces', face }, starred };
    }
    case 'choice': {
      const options = 'options' in answer && Array.isArray(answer.options) ? answer.options : [];
      const match = /^(\d+(?:\s*,\s*\d+)*)(?:\s+(.*))?$/.exec(text);
      if (!match?.[1]) return { problem: 'choice' };
      const picked = match[1].split(',').map((n) => options[Number(n.trim()) - 1]?.id);
      if (picked.some((id) => id === undefined)) return { problem: 'choice' };
      const ids = /** @type {string[]} */ (picked);
      const words = match[2]?.trim();
      return {
        value: words ? { kind: 'choice', options: ids, text: words } : { kind: 'choice', options: ids },
        starred,
      };
    }
    default:
      // An answer kind a plugin added: this terminal can only take words for it.
      return { value: { kind: answer.kind, text }, starred };
  }
}

/**
 * What to show under a card: the faces or the options, and how to answer.
 * @param {CardView} card
 * @param {Strings} s
 * @returns {string[]}
 */
function answerHelp(card, s) {
  const answer = card.answer;
  switch (answer.kind) {
    case 'talk':
      return [s.hintTalk, s.hintStar];
    case 'faces':
      return [s.faces.map((word, i) => `${i + 1} = ${word}`).join(', '), s.hintFaces, s.hintStar];
    case 'choice': {
      const options = 'options' in answer && Array.isArray(answer.options) ? answer.options : [];
      const multiple = 'multiple' in answer && answer.multiple === true;
      return [
        ...options.map((o, i) => `  ${i + 1}. ${o.label}`),
        multiple ? s.hintChoiceMultiple : s.hintChoice,
        s.hintStar,
      ];
    }
    default:
      return [s.hintText];
  }
}

/**
 * Plays one session with a person at the keyboard.
 *
 * @example
 * const code = await playInteractive({ deck, input: process.stdin, output: process.stdout });
 *
 * @param {{ deck: Deck; input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream; seed?: number }} options
 * @returns {Promise<number>} The exit code: 0 when the game was played to the end.
 */
export async function playInteractive({ deck, input, output, seed = Date.now() % 2 ** 31 }) {
  const reader = createLineReader(input, output);
  /** @param {string} text */
  const say = (text) => void output.write(`${text}\n`);
  /** @param {string} prompt */
  const ask = async (prompt) => {
    const line = await reader.ask(prompt);
    if (line === null) throw new InputEnded();
    return line.trim();
  };
  let s = strings.nl;
  try {
    const language = uiLanguage((await ask(s.askLanguage)).toLowerCase() || 'nl');
    s = strings[language];
    say('');
    say(s.welcome);
    say(s.rules);
    say('');
    const easy = s.yes.includes((await ask(s.askEasy)).toLowerCase());

    // Setup: the core checks the alias and says in plain words what is wrong.
    const game = createGame({ deck });
    for (;;) {
      const alias = await ask(s.askAlias);
      const result = game.send({
        type: 'session.start',
        settings: {
          mode: 'solo',
          players: [{ alias, reading: easy ? 'easy' : 'standard' }],
          language,
          themes: [],
          // Without a leader at the table, the game stays at depth 1–2.
          maxDepth: 2,
          cardsPerPlayer: CARDS,
          excludeSensitivity: ['loss'],
          seed,
        },
      });
      if (result.accepted) break;
      say(result.reason.message[language]);
    }
    const player = game.getSession().players[0];
    if (!player) throw new Error('The game started without a player.');

    // Discover: one card at a time.
    while (game.getState().startsWith('discover')) {
      const view = game.view();
      const card = view.card;
      if (!card) break;
      say('');
      say(
        `── ${s.cardOf(view.progress.cardsDone + 1, view.progress.cardsPlanned)} · ${familyNames[language][card.family]} · ${s.theme}: ${card.theme.title} ──`,
      );
      say(card.prompt);
      for (const line of answerHelp(card, s)) say(line);
      for (;;) {
        const read = readAnswer(await ask('> '), card);
        if ('pass' in read) {
          game.send({ type: 'player.pass' });
          say(s.passed);
          break;
        }
        if ('problem' in read) {
          say(`${s.notUnderstood} ${read.problem === 'faces' ? s.hintFaces : s.hintChoice}`);
          continue;
        }
        const result = game.send({ type: 'player.answer', value: read.value, starred: read.starred });
        if (!result.accepted) {
          say(result.reason.message[language]);
          continue;
        }
        say(read.starred ? s.starred : s.thanks);
        game.send({ type: 'turn.next' });
        break;
      }
    }

    // What matters: chosen from the starred answers, or in the player's own words.
    say('');
    say(`── ${s.mattersTitle} ──`);
    const starred = game.summary(player.id).starred;
    if (starred.length > 0) {
      say(s.mattersIntro);
      starred.forEach((a, i) => say(`  ${i + 1}. ${a.answer || a.prompt}`));
    } else say(s.mattersNoStars);
    for (;;) {
      const line = await ask(starred.length > 0 ? s.askMatters : s.askMattersOwn);
      /** @type {MattersItem[]} */
      const items = [];
      const numbers = starred.length > 0 ? /^(\d+(?:\s*,\s*\d+)*)(?:\s+(.*))?$/.exec(line) : null;
      if (numbers?.[1]) {
        for (const n of numbers[1].split(',')) {
          const a = starred[Number(n.trim()) - 1];
          if (a) items.push({ type: 'answer', answerId: a.answerId });
        }
        if (numbers[2]?.trim()) items.push({ type: 'own', text: numbers[2].trim() });
      } else if (line) items.push({ type: 'own', text: line });
      const result = game.send({ type: 'matters.choose', playerId: player.id, items });
      if (result.accepted) break;
      say(result.reason.message[language]);
    }
    game.send({ type: 'phase.next' });

    // Do: one goal in the player's own words, and a first small step.
    say('');
    say(`── ${s.doTitle} ──`);
    say(s.smallSteps);
    for (;;) {
      const text = await ask(s.askGoal);
      if (!text) break;
      let firstStep = '';
      while (!firstStep) firstStep = await ask(s.askFirstStep);
      const when = await ask(s.askWhen);
      /** @type {Helper[]} */
      let helpers = [];
      while (helpers.length === 0) {
        const kinds = /** @type {const} */ (['self', 'network', 'professional']);
        helpers = (await ask(s.askHelpers))
          .split(/[\s,]+/)
          .map((n) => kinds[Number(n) - 1])
          .filter((kind) => kind !== undefined)
          .filter((kind, i, all) => all.indexOf(kind) === i)
          .map((kind) => ({ kind }));
      }
      const other = helpers.find((h) => h.kind !== 'self');
      if (other) {
        const who = await ask(s.askWho);
        if (who) other.who = who;
      }
      const need = await ask(s.askNeed);
      let confidence = 0;
      while (!(Number.isInteger(confidence) && confidence >= 1 && confidence <= 10)) {
        confidence = Number(await ask(s.askConfidence));
      }
      const result = game.send({
        type: 'goal.set',
        playerId: player.id,
        goal: { text, firstStep, helpers, confidence, ...(when ? { when } : {}), ...(need ? { need } : {}) },
      });
      if (result.accepted) break;
      say(result.reason.message[language]);
    }
    game.send({ type: 'phase.next' });
    game.send({ type: 'session.finish' });

    say('');
    output.write(formatSummary(game.summary(player.id)));
    say('');
    say(s.goodbye);
    await game.stop();
    return 0;
  } catch (error) {
    if (!(error instanceof InputEnded)) throw error;
    say('');
    say(s.inputEnded);
    return 1;
  } finally {
    reader.close();
  }
}
