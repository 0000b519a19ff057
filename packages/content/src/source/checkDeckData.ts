/**
 * The checks of a deck's data that only this package makes (the core does not know the icon set
 * or the sensitive topics): icons not in the set, unknown sensitive topics, choices with too many
 * options. They look at the merged deck, so the CLI (after loading the files) and the deck editor
 * (after every change) run the same code.
 */
import type { ContentIssueCode } from '../messages/contentMessages.ts';
import type { IssuePath, MessageParams } from '../types.ts';
import { suggest } from './suggest.ts';

/**
 * The sensitive topics a game leader can leave out by name. Other words are allowed (a host may
 * know more), but get a warning, since a typo means the card is not left out.
 */
export const SENSITIVITY_TAGS = ['loss', 'money-worries', 'trauma', 'health', 'family', 'migration'] as const;

/** More options than this do not fit on a printed card or a phone screen. */
export const MAX_CHOICE_OPTIONS = 8;

/** Where a check reports a problem. */
export type ReportProblem = (
  code: ContentIssueCode,
  path: IssuePath,
  params: MessageParams,
  severity: 'error' | 'warning',
) => void;

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Runs every check on a deck (merged, or deck.yaml's data: the fields looked at are the same).
 * `icons` empty means "no icon set known": icons are not checked.
 *
 * @example
 * ```ts
 * checkDeckData(deck, new Set(['heart']), (code, path) => console.log(code, path));
 * ```
 */
export function checkDeckData(deck: Data, icons: ReadonlySet<string>, report: ReportProblem): void {
  if (Array.isArray(deck.themes))
    deck.themes.forEach((theme: unknown, index) => checkTheme(theme, index, icons, report));
  if (Array.isArray(deck.cards))
    deck.cards.forEach((card: unknown, index) => checkCard(card, index, icons, report));
}

/** Sensitive topics that are not known (a typo?), and choice cards with too many options. */
export function checkCards(deck: Data, report: ReportProblem): void {
  if (Array.isArray(deck.cards))
    deck.cards.forEach((card: unknown, index) => checkCard(card, index, new Set(), report));
}

/** Reports theme, option and picture icons that are not in the icon set. */
export function checkIcons(deck: Data, icons: ReadonlySet<string>, report: ReportProblem): void {
  if (Array.isArray(deck.themes))
    deck.themes.forEach((theme: unknown, index) => checkTheme(theme, index, icons, report));
  if (Array.isArray(deck.cards))
    deck.cards.forEach((card: unknown, index) => checkCardIcons(card, index, icons, report));
}

/** "Did you mean …?" for an icon, remembered per icon set (a deck repeats its mistakes). */
const suggestions = new WeakMap<ReadonlySet<string>, Map<string, string | undefined>>();
function suggestIcon(name: string, icons: ReadonlySet<string>): string | undefined {
  let known = suggestions.get(icons);
  if (!known) suggestions.set(icons, (known = new Map()));
  if (!known.has(name)) known.set(name, suggest(name, icons));
  return known.get(name);
}

function checkIcon(name: unknown, path: IssuePath, icons: ReadonlySet<string>, report: ReportProblem): void {
  if (icons.size === 0 || typeof name !== 'string' || name.trim() === '' || icons.has(name)) return;
  const suggestion = suggestIcon(name, icons);
  report('unknown-icon', path, { icon: name, ...(suggestion ? { suggestion } : {}) }, 'error');
}

/** The checks of one theme (at `index`): its icon. */
export function checkTheme(
  theme: unknown,
  index: number,
  icons: ReadonlySet<string>,
  report: ReportProblem,
): void {
  if (isData(theme)) checkIcon(theme.icon, ['themes', index, 'icon'], icons, report);
}

/** The checks of one card (at `index`): sensitive topics, the number of options, and its icons. */
export function checkCard(
  card: unknown,
  index: number,
  icons: ReadonlySet<string>,
  report: ReportProblem,
): void {
  if (!isData(card)) return;
  const known: readonly string[] = SENSITIVITY_TAGS;
  const place = { card: index + 1, ...(typeof card.id === 'string' ? { cardId: card.id } : {}) };
  if (Array.isArray(card.sensitivity)) {
    card.sensitivity.forEach((tag: unknown, item) => {
      if (typeof tag !== 'string' || known.includes(tag)) return;
      const suggestion = suggest(tag, known);
      report(
        'unknown-sensitivity',
        ['cards', index, 'sensitivity', item],
        { ...place, tag, known: known.join(', '), ...(suggestion ? { suggestion } : {}) },
        'warning',
      );
    });
  }
  const answer = card.answer;
  if (isData(answer) && answer.kind === 'choice' && Array.isArray(answer.options)) {
    const count = answer.options.length;
    if (count > MAX_CHOICE_OPTIONS)
      report(
        'too-many-options',
        ['cards', index, 'answer', 'options'],
        { ...place, count, max: MAX_CHOICE_OPTIONS },
        'warning',
      );
  }
  checkCardIcons(card, index, icons, report);
}

function checkCardIcons(
  card: unknown,
  index: number,
  icons: ReadonlySet<string>,
  report: ReportProblem,
): void {
  if (!isData(card)) return;
  if (isData(card.picture) && typeof card.picture.src === 'string') {
    const match = /^icons\/(.+)\.svg$/.exec(card.picture.src);
    if (match) checkIcon(match[1], ['cards', index, 'picture', 'src'], icons, report);
  }
  const answer = card.answer;
  if (isData(answer) && Array.isArray(answer.options)) {
    answer.options.forEach((option: unknown, optionIndex) => {
      if (isData(option))
        checkIcon(option.icon, ['cards', index, 'answer', 'options', optionIndex, 'icon'], icons, report);
    });
  }
}
