/**
 * Internal: the whole-deck checks that a schema cannot express, in single passes with maps:
 * languages, translations, text limits, ids and duplicates, theme references, depth, ages,
 * colours, answer kinds and unknown keys. It walks data of any shape and only judges values of
 * the right type; wrong types are left to the schema.
 */
import { CARD_FAMILIES, type AnswerSpec, type IssuePath } from '../types.ts';
import { checkAnswer } from './checkAnswer.ts';
import {
  checkAge,
  checkId,
  checkKeys,
  checkNotBlank,
  isObject,
  type CheckContext,
  type JsonObject,
} from './checkContext.ts';
import { checkText } from './checkText.ts';
import { DECK_LIMITS, DECK_PATTERNS } from './deckLimits.ts';
import { clip, display, type IssueCollector } from './issueCollector.ts';

export const DECK_KEYS: readonly string[] = [
  '$schema',
  'schemaVersion',
  'id',
  'version',
  'title',
  'description',
  'languages',
  'defaultLanguage',
  'minimumAge',
  'themes',
  'cards',
];
export const THEME_KEYS: readonly string[] = ['id', 'title', 'colour', 'icon'];
export const CARD_KEYS: readonly string[] = [
  'id',
  'family',
  'theme',
  'depth',
  'prompt',
  'easy',
  'picture',
  'answer',
  'hints',
  'followUps',
  'minimumAge',
  'tags',
  'sensitivity',
];
export const PICTURE_KEYS: readonly string[] = ['src', 'alt'];

const FAMILIES: readonly string[] = CARD_FAMILIES;

/**
 * Runs every whole-deck check on `deck` (already migrated to the current version). Returns the
 * parsed answer of each card (or `undefined` where the answer has problems).
 */
export function checkDeck(
  deck: JsonObject,
  issues: IssueCollector,
  answerKinds: ReadonlySet<string>,
): (AnswerSpec | undefined)[] {
  const ctx = languageContext(deck, issues, answerKinds);
  checkKeys(ctx, deck, DECK_KEYS, []);
  checkId(ctx, deck.id, ['id']);
  checkNotBlank(ctx, deck.version, ['version']);
  if (typeof deck.version === 'string' && deck.version.length > DECK_LIMITS.text.version) {
    issues.add('text-too-long', 'error', ['version'], {
      length: deck.version.length,
      max: DECK_LIMITS.text.version,
    });
  }
  checkAge(ctx, deck.minimumAge, ['minimumAge']);
  checkText(ctx, deck.title, ['title'], 'title');
  checkText(ctx, deck.description, ['description'], 'description');
  const themeIds = checkThemes(ctx, deck.themes);
  return checkCards(ctx, deck, themeIds);
}

/** Checks `languages` and `defaultLanguage`, and sets up what the text checks need. */
function languageContext(
  deck: JsonObject,
  issues: IssueCollector,
  answerKinds: ReadonlySet<string>,
): CheckContext {
  const languages: string[] = [];
  const seen = new Set<string>();
  const listed = Array.isArray(deck.languages);
  if (Array.isArray(deck.languages)) {
    deck.languages.forEach((code: unknown, index) => {
      if (typeof code !== 'string') return;
      if (!DECK_PATTERNS.languageTag.test(code)) {
        issues.add('invalid-language-code', 'error', ['languages', index], { value: display(code) });
      } else if (seen.has(code)) {
        issues.add('duplicate-language', 'warning', ['languages', index], { language: code });
      } else {
        seen.add(code);
        languages.push(code);
      }
    });
  }
  const fallback = deck.defaultLanguage;
  const defaultLanguage = typeof fallback === 'string' ? fallback : undefined;
  if (defaultLanguage !== undefined) {
    if (!DECK_PATTERNS.languageTag.test(defaultLanguage)) {
      issues.add('invalid-language-code', 'error', ['defaultLanguage'], { value: display(defaultLanguage) });
    } else if (listed && !seen.has(defaultLanguage)) {
      issues.add('default-language-not-listed', 'error', ['defaultLanguage'], {
        language: clip(defaultLanguage),
      });
    }
  }
  return { issues, defaultLanguage, languages, languageSet: listed ? seen : undefined, answerKinds };
}

/**
 * Checks the themes; returns their ids, or `undefined` when the list is missing, empty or has a
 * theme without a text id (then cards are not checked against it, to avoid a flood of problems
 * that all come from that one theme).
 */
function checkThemes(ctx: CheckContext, themes: unknown): Set<string> | undefined {
  if (!Array.isArray(themes)) return undefined;
  if (themes.length === 0) {
    ctx.issues.add('no-themes', 'error', ['themes']);
    return undefined;
  }
  const seen = new Map<string, number>();
  let complete = true;
  themes.forEach((theme: unknown, index) => {
    if (!isObject(theme)) {
      complete = false;
      return;
    }
    const path: IssuePath = ['themes', index];
    checkKeys(ctx, theme, THEME_KEYS, path);
    const id = checkId(ctx, theme.id, [...path, 'id']);
    if (id === undefined) complete = false;
    else {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else ctx.issues.add('duplicate-theme-id', 'error', [...path, 'id'], { firstTheme: first + 1 });
    }
    checkText(ctx, theme.title, [...path, 'title'], 'themeTitle');
    if (typeof theme.colour === 'string' && !DECK_PATTERNS.colour.test(theme.colour)) {
      ctx.issues.add('invalid-colour', 'error', [...path, 'colour'], { value: display(theme.colour) });
    }
    checkNotBlank(ctx, theme.icon, [...path, 'icon']);
  });
  return complete ? new Set(seen.keys()) : undefined;
}

function checkCards(
  ctx: CheckContext,
  deck: JsonObject,
  themeIds: Set<string> | undefined,
): (AnswerSpec | undefined)[] {
  const cards = deck.cards;
  if (!Array.isArray(cards)) return [];
  if (cards.length === 0) ctx.issues.add('no-cards', 'error', ['cards']);
  const themeList = themeIds === undefined ? '' : listForMessage([...themeIds]);
  const seen = new Map<string, number>();
  const answers: (AnswerSpec | undefined)[] = new Array(cards.length);
  for (let index = 0; index < cards.length; index++) {
    const card: unknown = cards[index];
    if (!isObject(card)) continue;
    const path: IssuePath = ['cards', index];
    checkKeys(ctx, card, CARD_KEYS, path);
    const id = checkId(ctx, card.id, [...path, 'id']);
    if (id !== undefined) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else ctx.issues.add('duplicate-card-id', 'error', [...path, 'id'], { firstCard: first + 1 });
    }
    if (typeof card.family === 'string' && !FAMILIES.includes(card.family)) {
      ctx.issues.add('unknown-family', 'error', [...path, 'family'], {
        value: display(card.family),
        families: FAMILIES.join(', '),
      });
    }
    if (typeof card.theme === 'string' && themeIds !== undefined && !themeIds.has(card.theme)) {
      ctx.issues.add('unknown-theme', 'error', [...path, 'theme'], {
        themeRef: clip(card.theme),
        themes: themeList,
      });
    }
    if (card.depth !== undefined && card.depth !== 1 && card.depth !== 2 && card.depth !== 3) {
      ctx.issues.add('invalid-depth', 'error', [...path, 'depth'], { value: display(card.depth) });
    }
    checkText(ctx, card.prompt, [...path, 'prompt'], 'prompt');
    checkText(ctx, card.easy, [...path, 'easy'], 'easy');
    if (isObject(card.picture)) {
      checkKeys(ctx, card.picture, PICTURE_KEYS, [...path, 'picture']);
      checkNotBlank(ctx, card.picture.src, [...path, 'picture', 'src']);
      checkText(ctx, card.picture.alt, [...path, 'picture', 'alt'], 'pictureAlt');
    }
    checkTextList(ctx, card.hints, [...path, 'hints'], 'hint');
    checkTextList(ctx, card.followUps, [...path, 'followUps'], 'followUp');
    checkAge(ctx, card.minimumAge, [...path, 'minimumAge']);
    answers[index] = checkAnswer(ctx, card.answer, [...path, 'answer'], deck);
  }
  return answers;
}

function checkTextList(ctx: CheckContext, list: unknown, path: IssuePath, text: 'hint' | 'followUp'): void {
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, index) => checkText(ctx, item, [...path, index], text, { item: index + 1 }));
}

function listForMessage(ids: string[]): string {
  const shown = ids.slice(0, 12).map((id) => `"${clip(id, 40)}"`);
  return ids.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}
