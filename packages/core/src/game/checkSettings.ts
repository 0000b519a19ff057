import type { Deck, GameSettings } from '../types.ts';
import { cardFitsSettings } from './drawPile.ts';
import { MAX_ALIAS, MAX_PLAYERS, reject, type Rejection } from './Rejection.ts';

const languageNames: Record<string, { nl: string; en: string }> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
};
function names(codes: string[], lang: 'nl' | 'en'): string {
  return codes.map((c) => languageNames[c]?.[lang] ?? c).join(', ');
}

/** Is `language` one the deck has text in? Unknown languages get a clear message naming the ones it has. */
export function checkLanguage(language: unknown, deck: Deck): Rejection | null {
  if (typeof language === 'string' && deck.languages.includes(language)) return null;
  const shown = typeof language === 'string' ? language.slice(0, 20) : String(typeof language);
  return reject(
    'language-unknown',
    `Dit spel heeft geen tekst in de taal "${shown}". Kies uit: ${names(deck.languages, 'nl')}.`,
    `This deck has no text in the language "${shown}". Choose from: ${names(deck.languages, 'en')}.`,
  );
}

const isInt = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/**
 * Every problem with the leader's setup choices, in plain language. Empty means the session can start.
 *
 * @example
 * checkSettings({ ...settings, players: [] }, deck); // [{ code: 'players-count', ... }]
 */
export function checkSettings(
  settings: GameSettings,
  deck: Deck,
  options: { followUp?: boolean } = {},
): Rejection[] {
  const problems: Rejection[] = [];
  const s = settings as Partial<GameSettings> | undefined;
  if (!s || typeof s !== 'object') {
    return [reject('settings-missing', 'De instellingen ontbreken.', 'The settings are missing.')];
  }
  const players = Array.isArray(s.players) ? s.players : [];
  if (s.mode !== 'solo' && s.mode !== 'led' && s.mode !== 'group') {
    problems.push(
      reject(
        'mode-unknown',
        'Kies hoe je speelt: alleen, met spelleider of in een groep.',
        'Choose how to play: solo, led or group.',
      ),
    );
  } else if (s.mode === 'group' && (players.length < 2 || players.length > MAX_PLAYERS)) {
    problems.push(
      reject(
        'players-count',
        `Een groep heeft 2 tot ${MAX_PLAYERS} spelers.`,
        `A group has 2 to ${MAX_PLAYERS} players.`,
      ),
    );
  } else if (s.mode !== 'group' && players.length !== 1) {
    problems.push(
      reject(
        'players-count',
        'Alleen of met spelleider speel je met 1 speler.',
        'Solo and led games have exactly 1 player.',
      ),
    );
  }
  const seen = new Set<string>();
  // A plain loop, not forEach: forEach skips the holes of a sparse array, and a hole is a missing player.
  for (let i = 0; i < players.length; i++) {
    const p = players[i];
    const n = i + 1;
    const alias = p && typeof p === 'object' && typeof p.alias === 'string' ? p.alias.trim() : '';
    if (!alias) {
      problems.push(
        reject(
          'alias-missing',
          `Speler ${n} heeft nog geen naam. Een bijnaam is genoeg.`,
          `Player ${n} has no name yet. A nickname is enough.`,
        ),
      );
    } else if (alias.length > MAX_ALIAS) {
      problems.push(
        reject(
          'alias-too-long',
          `De naam van speler ${n} is te lang (meer dan ${MAX_ALIAS} tekens).`,
          `Player ${n}'s name is too long (over ${MAX_ALIAS} characters).`,
        ),
      );
    } else if (seen.has(alias.toLowerCase())) {
      problems.push(
        reject(
          'alias-duplicate',
          `Twee spelers heten "${alias}". Geef ze verschillende namen.`,
          `Two players are called "${alias}". Give them different names.`,
        ),
      );
    }
    seen.add(alias.toLowerCase());
    if (!p || typeof p !== 'object') continue;
    if (p.age !== undefined && !isInt(p.age, 0, 120)) {
      problems.push(
        reject(
          'age-invalid',
          `De leeftijd van speler ${n} klopt niet.`,
          `Player ${n}'s age is not a valid age.`,
        ),
      );
    } else if (p.age !== undefined && p.age < deck.minimumAge) {
      problems.push(
        reject(
          'age-below-deck',
          `Dit spel is voor spelers van ${deck.minimumAge} jaar en ouder. Kies een ander spel voor speler ${n}.`,
          `This deck is for players aged ${deck.minimumAge} and over. Choose another deck for player ${n}.`,
        ),
      );
    }
    if (p.language !== undefined) {
      const bad = checkLanguage(p.language, deck);
      if (bad) problems.push(bad);
    }
    if (p.reading !== undefined && p.reading !== 'standard' && p.reading !== 'easy') {
      problems.push(
        reject(
          'reading-unknown',
          `Kies voor speler ${n} gewone of makkelijke tekst.`,
          `Choose standard or easy text for player ${n}.`,
        ),
      );
    }
  }
  const lang = checkLanguage(s.language, deck);
  if (lang) problems.push(lang);
  const themeIds = new Set(deck.themes.map((t) => t.id));
  const themes = Array.isArray(s.themes) ? s.themes : null;
  if (!themes) {
    problems.push(
      reject('themes-invalid', 'Kies de thema’s voor dit spel.', 'Choose the themes for this game.'),
    );
  } else {
    for (const id of themes) {
      if (!themeIds.has(id)) {
        problems.push(
          reject(
            'theme-unknown',
            `Het thema "${String(id)}" staat niet in dit spel.`,
            `The theme "${String(id)}" is not in this deck.`,
          ),
        );
      }
    }
  }
  if (!isInt(s.maxDepth, 1, 3)) {
    problems.push(
      reject(
        'depth-invalid',
        'Kies een diepte van 1 (licht) tot 3 (diep).',
        'Choose a depth from 1 (light) to 3 (deep).',
      ),
    );
  }
  if (!isInt(s.cardsPerPlayer, 0, 60)) {
    problems.push(
      reject('cards-invalid', 'Kies 0 tot 60 kaarten per speler.', 'Choose 0 to 60 cards per player.'),
    );
  } else if (s.cardsPerPlayer === 0 && !options.followUp) {
    problems.push(
      reject('cards-invalid', 'Kies minstens 1 kaart per speler.', 'Choose at least 1 card per player.'),
    );
  }
  if (!Array.isArray(s.excludeSensitivity) || s.excludeSensitivity.some((t) => typeof t !== 'string')) {
    problems.push(
      reject(
        'sensitivity-invalid',
        'De lijst met gevoelige onderwerpen klopt niet.',
        'The list of sensitive topics is not valid.',
      ),
    );
  }
  if (!isInt(s.seed, -(2 ** 31), 2 ** 32)) {
    problems.push(
      reject(
        'seed-invalid',
        'Het startgetal (seed) moet een heel getal zijn.',
        'The seed must be a whole number.',
      ),
    );
  }
  if (
    problems.length === 0 &&
    (s.cardsPerPlayer ?? 0) > 0 &&
    !deck.cards.some((c) => cardFitsSettings(c, settings))
  ) {
    problems.push(
      reject(
        'no-cards',
        'Er zijn geen kaarten die passen bij deze keuzes. Kies meer thema’s of een grotere diepte.',
        'No cards fit these choices. Choose more themes or a greater depth.',
      ),
    );
  }
  return problems;
}
