// @ts-check
/**
 * A whole group session played without a person at the keyboard (for CI and for a quick look):
 * three players with a fixed seed and made-up answers, then a follow-up session on their goals.
 * Same deck in, same text out: the clock, the session ids and the seed are fixed.
 */
import { createGame, followUpFrom } from '@ontdek-doe/core';
import { formatSummary } from './formatSummary.js';
import { familyNames, strings, uiLanguage } from './strings.js';

/** @typedef {import('@ontdek-doe/core').Deck} Deck */
/** @typedef {import('@ontdek-doe/core').GameEvent} GameEvent */
/** @typedef {import('@ontdek-doe/core').AnswerValue} AnswerValue */
/** @typedef {import('@ontdek-doe/core').GoalInput} GoalInput */
/** @typedef {import('@ontdek-doe/core').PlayerSummary} PlayerSummary */
/** @typedef {import('@ontdek-doe/core').CheckIn} CheckIn */
/** @typedef {ReturnType<typeof createGame>} Game */
/** @typedef {NonNullable<ReturnType<Game['view']>['card']>} CardView */

/**
 * Made-up players: aliases only, as in a real session. Their goals and reactions are invented.
 * @type {{ alias: string; age?: number; language?: string; reading?: 'standard' | 'easy'; faces: (1 | 2 | 3 | 4 | 5)[]; goal: GoalInput; react: string }[]}
 */
const PLAYERS = [
  {
    alias: 'Zonnebloem',
    age: 67,
    reading: 'easy',
    faces: [4, 3],
    goal: {
      text: 'Elke week met Gerda naar de markt',
      firstStep: 'Donderdag Gerda bellen',
      when: 'donderdag',
      helpers: [{ kind: 'network', who: 'Gerda' }],
      need: 'Een rollator die goed rijdt',
      confidence: 7,
    },
    react: 'Wat mooi!',
  },
  {
    alias: 'Vlieger',
    language: 'en',
    faces: [2, 4],
    goal: {
      text: 'Join the walking group in the park',
      firstStep: 'Ask at the community centre when they meet',
      when: 'Monday morning',
      helpers: [{ kind: 'professional', who: 'the neighbourhood coach' }, { kind: 'self' }],
      confidence: 6,
    },
    react: 'I would like to join you!',
  },
  {
    alias: 'Merel',
    faces: [3, 5],
    goal: {
      text: 'Weer gaan tekenen',
      firstStep: 'Een schetsboek kopen',
      when: 'zaterdag',
      helpers: [{ kind: 'self' }],
      need: 'Een rustige plek',
      confidence: 8,
    },
    react: 'Dat herken ik.',
  },
];

/**
 * Made-up words for the open and talk cards of the demo deck, in Dutch and English. A card not in
 * this list (another deck) gets a general answer.
 * @type {Record<string, [string, string]>}
 */
const WORDS = {
  'wish-happy': ['Mijn kleinkinderen en de zon', 'Cooking for friends'],
  'wish-together': ['Met mijn buurvrouw Gerda', 'With my sister'],
  'wish-next-year': ['Rustiger en sterker', 'Calmer and stronger'],
  'strength-good-at': ['Goed luisteren naar anderen', 'Fixing bikes'],
  'strength-help-others': ['Ik doe boodschappen voor de buren', 'I help my neighbour with letters'],
  'strength-proud': ['Ik heb leren fietsen toen ik 40 was', 'I learned Dutch in two years'],
  'strength-hard-time': ['Elke dag een stukje wandelen', 'Music, and my sister'],
  'doing-talk-to': ['Met Gerda en met mijn dochter', 'My sister, every Sunday'],
  'doing-for-others': ['Ik geef de planten van de buren water', 'I carry shopping for the lady upstairs'],
  'need-call': ['Mijn dochter', 'My friend Sami'],
  'need-in-the-way': ['Mijn knie doet pijn', 'I do not know anyone here yet'],
  'action-kind-words': ['Gerda lacht altijd', 'My sister is very patient'],
  'action-move': ['Elke ochtend naar de brievenbus lopen', 'Take the stairs'],
  'action-tomorrow': ['Eerder opstaan', 'Call someone instead of sending a text'],
  'action-try': ['Naar het koor in het buurthuis', 'The cooking club at the library'],
  'life-changed': ['Ik woon nu alleen', 'I moved to a new city'],
  'life-learned': ['Dat ik om hulp mag vragen', 'That asking for help is fine'],
};

/** The fixed clock of each session, so the output never changes. */
const FIRST_DAY = new Date('2026-11-23T10:00:00.000Z');
const FOLLOW_UP_DAY = new Date('2026-12-07T10:00:00.000Z');

/**
 * Sends an event the script knows is right; a rejection is a bug in this example, so it stops loudly.
 * @param {Game} game
 * @param {GameEvent} event
 */
function must(game, event) {
  const result = game.send(event);
  if (!result.accepted) throw new Error(`"${event.type}" was refused: ${result.reason.message.en}`);
}

/**
 * An answer of the right kind for a card, in the language the card is shown in.
 * @param {CardView} card
 * @param {(typeof PLAYERS)[number]} who
 * @param {number} n How many cards this player answered before.
 * @returns {AnswerValue}
 */
function answerFor(card, who, n) {
  const words = WORDS[card.id];
  const text =
    (card.language === 'en' ? words?.[1] : words?.[0]) ?? (card.language === 'en' ? 'Something' : 'Iets');
  const answer = card.answer;
  switch (answer.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'faces':
      return { kind: 'faces', face: who.faces[n % who.faces.length] ?? 3 };
    case 'choice': {
      const options = 'options' in answer && Array.isArray(answer.options) ? answer.options : [];
      const picked = options.filter((_, i) => i % 2 === n % 2).map((o) => o.id);
      const multiple = 'multiple' in answer && answer.multiple === true;
      return { kind: 'choice', options: multiple ? picked : picked.slice(0, 1) };
    }
    case 'talk':
      // Every other talk answer is told out loud only: nothing written down.
      return n % 2 === 0 ? { kind: 'talk' } : { kind: 'talk', text };
    default:
      return { kind: answer.kind, text };
  }
}

/**
 * An answer in words (the chosen options' labels, the face in words, the player's own words), as the
 * summary shows it. The core has no call for one answer's text, so this reads it from the summary.
 * @param {Game} game
 * @param {string} playerId
 * @param {string} answerId
 */
function answerWords(game, playerId, answerId) {
  const { lenses } = game.summary(playerId);
  return Object.values(lenses)
    .flat()
    .find((a) => a.answerId === answerId)?.answer;
}

/**
 * Plays the first session and a follow-up, and returns everything it would print.
 *
 * @example
 * const { text } = playScripted(deck);
 * process.stdout.write(text);
 *
 * @param {Deck} deck
 * @returns {{ text: string; summaries: PlayerSummary[]; followUpSummaries: PlayerSummary[] }}
 */
export function playScripted(deck) {
  const out = [];
  const nl = strings.nl;

  // ── Session 1: discover → what matters → do → summary ──
  const game = createGame({ deck, sessionId: 'demo-1', clock: () => FIRST_DAY });
  must(game, {
    type: 'session.start',
    settings: {
      mode: 'group',
      players: PLAYERS.map(({ alias, age, language, reading }) => ({
        alias,
        ...(age !== undefined ? { age } : {}),
        ...(language ? { language } : {}),
        ...(reading ? { reading } : {}),
      })),
      language: 'nl',
      themes: [],
      maxDepth: 3,
      cardsPerPlayer: 4,
      excludeSensitivity: ['loss'],
      seed: 2026,
    },
  });
  out.push(nl.autoTitle, '');

  const players = game.getSession().players;
  /** @param {string} id */
  const script = (id) => {
    const who = PLAYERS[players.findIndex((p) => p.id === id)];
    if (!who) throw new Error(`No script for player ${id}.`);
    return who;
  };
  /** @type {Record<string, number>} */
  const answered = {};

  while (game.getState().startsWith('discover')) {
    const view = game.view();
    const card = view.card;
    const player = view.currentPlayer;
    if (!card || !player) break;
    const lang = uiLanguage(player.language);
    const who = script(player.id);
    const n = answered[player.id] ?? 0;
    out.push(`${player.alias} · ${familyNames[lang][card.family]} · ${card.theme.title}: ${card.prompt}`);

    // Merel passes her second card: passing is always fine and never shows up anywhere.
    if (who.alias === 'Merel' && n === 1 && !(`pass:${player.id}` in answered)) {
      answered[`pass:${player.id}`] = 1;
      must(game, { type: 'player.pass' });
      out.push(`  ${strings[lang].autoPass}`);
      continue;
    }
    const value = answerFor(card, who, n);
    must(game, { type: 'player.answer', value, starred: n === 0 || n === 2 });
    answered[player.id] = n + 1;
    const given = game.view().currentAnswer;
    if (given) {
      out.push(
        `  → ${answerWords(game, player.id, given.id) || strings[lang].toldAloud}${given.starred ? ' ★' : ''}`,
      );
      // The next player in the circle reacts to every first answer.
      if (n === 0) {
        const next = players[(players.findIndex((p) => p.id === player.id) + 1) % players.length];
        if (next) {
          const text = script(next.id).react;
          must(game, { type: 'group.react', answerId: given.id, playerId: next.id, text });
          out.push(`    ↳ ${next.alias}: ${text}`);
        }
      }
    }
    must(game, { type: 'turn.next' });
  }

  // What matters: each player picks from their own starred answers; Merel adds her own words.
  for (const player of players) {
    const starred = game.getSession().answers.filter((a) => a.playerId === player.id && a.starred);
    /** @type {import('@ontdek-doe/core').MattersItem[]} */
    const items = starred.slice(0, 2).map((a) => ({ type: 'answer', answerId: a.id }));
    if (script(player.id).alias === 'Merel') items.push({ type: 'own', text: 'Tijd voor mezelf' });
    else items.push({ type: 'theme', themeId: 'contact' });
    must(game, { type: 'matters.choose', playerId: player.id, items });
  }
  must(game, { type: 'phase.next' });

  for (const player of players)
    must(game, { type: 'goal.set', playerId: player.id, goal: script(player.id).goal });
  must(game, { type: 'phase.next' });
  must(game, { type: 'session.finish' });

  const summaries = players.map((p) => game.summary(p.id));
  for (const summary of summaries) out.push('', formatSummary(summary));

  // ── Session 2, two weeks later: check in on each goal, then set the next small step ──
  // What players took home is JSON; a follow-up starts from that, not from the running game.
  const followUp = followUpFrom(JSON.parse(JSON.stringify(summaries)));
  const second = createGame({ deck, followUp, sessionId: 'demo-2', clock: () => FOLLOW_UP_DAY });
  must(second, {
    type: 'session.start',
    settings: {
      mode: 'group',
      players: players.map((p) => ({ alias: p.alias, language: p.language, reading: p.reading })),
      language: 'nl',
      themes: [],
      maxDepth: 2,
      cardsPerPlayer: 0,
      excludeSensitivity: ['loss'],
      seed: 2026,
    },
  });
  /** @type {Omit<CheckIn, 'playerId'>[]} */
  const checkIns = followUp.goals.map((goal, i) => {
    const status = /** @type {const} */ (['done', 'partly', 'not-yet'])[i % 3] ?? 'done';
    if (status === 'done') return { goalId: goal.id, status, helped: 'Gerda belde mij ook' };
    if (status === 'partly') {
      return {
        goalId: goal.id,
        status,
        obstacles: 'It rained twice',
        nextStep: 'Go with my sister on Monday',
        confidence: 8,
      };
    }
    return {
      goalId: goal.id,
      status,
      obstacles: 'Geen tijd gehad',
      nextStep: 'Zaterdag tien minuten tekenen',
      when: 'zaterdag',
    };
  });
  for (const checkIn of checkIns) must(second, { type: 'checkIn.record', checkIn });
  must(second, { type: 'phase.next' });
  must(second, { type: 'phase.next' });
  must(second, { type: 'session.finish' });

  out.push('', nl.autoFollowUpTitle);
  const followUpSummaries = second.getSession().players.map((p) => second.summary(p.id));
  for (const summary of followUpSummaries) {
    out.push('', formatSummary(summary, { earlierGoals: followUp.goals }));
  }
  void game.stop();
  void second.stop();
  return { text: `${out.join('\n')}\n`, summaries, followUpSummaries };
}
