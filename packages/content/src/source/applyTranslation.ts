/**
 * Merges one translation file (`en.yaml`) into a deck: every pair `{ en: …, nl: … }` puts its
 * translation next to the default-language text, remembers the text it was made from, and
 * records where it is. Problems are warnings: a bad translation never makes a deck unplayable.
 */
import { contentMessage, type ContentIssueCode } from '../messages/contentMessages.ts';
import type { IssuePath, LocatedProblem, MessageParams, SourceLocation, TranslatedText } from '../types.ts';
import type { DeckSourceMap } from './DeckSourceMap.ts';
import { pathKey, type YamlSource } from './parseYamlSource.ts';
import { suggest } from './suggest.ts';
import { valueAt } from './valueAt.ts';

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a translation file may hold, per level. */
const ROOT_KEYS = ['language', 'deck', 'themes', 'cards'];
const DECK_KEYS = ['title', 'description'];
const THEME_KEYS = ['title'];
const CARD_KEYS = ['prompt', 'easy', 'hints', 'followUps', 'picture', 'options'];
const PICTURE_KEYS = ['alt'];

/** Input of {@link applyTranslation}. */
export interface ApplyTranslationInput {
  /** The merged deck (core shape); translations are written into it. */
  deck: Data;
  /** The parsed translation file; its `value` is a mapping. */
  source: YamlSource;
  /** The language the file name says (`en` for en.yaml). */
  language: string;
  defaultLanguage: string;
  /** The deck's `languages`. */
  languages: readonly string[];
  sourceMap: DeckSourceMap;
}

/** What {@link applyTranslation} gives back. */
export interface ApplyTranslationResult {
  /** Whether the file was used (its language is one of the deck's). */
  used: boolean;
  problems: LocatedProblem[];
  /** Every translated text, keyed by its deck path as JSON. */
  texts: Map<string, TranslatedText>;
}

/** Normalizes white space, so a re-wrapped line does not count as a changed text. */
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Merges `input.source` into `input.deck` (mutating it).
 *
 * @example
 * ```ts
 * const result = applyTranslation({ deck, source: parseYamlSource(text, 'en.yaml'), language: 'en',
 *   defaultLanguage: 'nl', languages: ['nl', 'en'], sourceMap });
 * ```
 */
export function applyTranslation(input: ApplyTranslationInput): ApplyTranslationResult {
  const { deck, source, language, defaultLanguage, languages, sourceMap } = input;
  const file = source.file;
  const value = source.value as Data;
  const problems: LocatedProblem[] = [];
  const texts = new Map<string, TranslatedText>();
  const result: ApplyTranslationResult = { used: false, problems, texts };

  const place = (filePath: IssuePath): SourceLocation =>
    source.places.get(pathKey(filePath)) ?? { file, line: 1, column: 1 };
  const report = (
    code: ContentIssueCode,
    filePath: IssuePath,
    params: MessageParams = {},
    path: IssuePath = [],
    severity: 'error' | 'warning' = 'warning',
  ) => {
    problems.push({
      severity,
      code,
      message: contentMessage(code, params),
      ...place(filePath),
      path,
      params,
    });
  };
  const checkKeys = (data: Data, allowed: readonly string[], filePath: IssuePath) => {
    for (const key of Object.keys(data)) {
      if (allowed.includes(key)) continue;
      const suggestion = suggest(key, allowed);
      report('translation-unknown-field', [...filePath, key], {
        field: key,
        ...(suggestion ? { suggestion } : {}),
      });
    }
  };
  /** `params` say which card or theme and which field, in words (never a path like `cards.x.picture`). */
  const group = (data: unknown, filePath: IssuePath, params: MessageParams): Data | undefined => {
    if (isData(data)) return data;
    if (data !== null && data !== undefined) report('translation-not-a-group', filePath, params);
    return undefined;
  };
  /** A text YAML cut at a `#`, in the translation or in the text next to it. */
  const checkComment = (filePath: IssuePath, path: IssuePath) => {
    const comment = source.comments.get(pathKey(filePath));
    if (!comment) return;
    const params = { kept: comment.kept, text: comment.text };
    problems.push({
      severity: 'warning',
      code: 'yaml-comment-in-text',
      message: contentMessage('yaml-comment-in-text', params),
      ...comment.location,
      path,
      params,
    });
  };

  // ── Which language, and may it be used? ──
  const declared = value.language;
  if (declared !== undefined && declared !== language) {
    report(
      'translation-language-mismatch',
      ['language'],
      { file, language: String(declared), fileLanguage: language },
      [],
      'error',
    );
    return result;
  }
  if (language === defaultLanguage) {
    report('translation-default-language', ['language'], { file, language });
    return result;
  }
  if (!languages.includes(language)) {
    report('translation-language-unlisted', ['language'], { file, language });
    return result;
  }
  result.used = true;
  checkKeys(value, ROOT_KEYS, []);

  /** Puts one pair's translation next to the default-language text at `path` in the deck. */
  const applyPair = (pair: unknown, filePath: IssuePath, path: IssuePath, params: MessageParams) => {
    const target = valueAt(deck, path);
    const messageParams = { ...params, language, defaultLanguage };
    if (!isData(target)) {
      report('translation-extra-text', filePath, messageParams, path);
      return;
    }
    let text: string | undefined;
    let was: string | undefined;
    let textPath = filePath;
    const colonText = source.colonTexts.get(pathKey(filePath));
    if (typeof pair === 'string' || typeof pair === 'number' || typeof pair === 'boolean') {
      checkComment(filePath, [...path, language]);
      if (String(pair).trim() === '') return;
      text = String(pair);
    } else if (
      isData(pair) &&
      colonText &&
      !Object.hasOwn(pair, language) &&
      !Object.hasOwn(pair, defaultLanguage)
    ) {
      // `- Note: ask for an example.`: a text with a colon, read as a field "Note".
      const colonParams = { ...messageParams, text: colonText.text };
      problems.push({
        severity: 'warning',
        code: 'yaml-colon-in-text',
        message: contentMessage('yaml-colon-in-text', colonParams),
        ...colonText.location,
        path: [...path, language],
        params: colonParams,
      });
      return;
    } else if (isData(pair)) {
      let commaReported = false;
      for (const key of Object.keys(pair)) {
        if (key === language || key === defaultLanguage) continue;
        // `{ en: Walk, run, nl: … }` reads "run" as a field without a value: a comma in the text.
        if (pair[key] === null) {
          if (!commaReported) report('translation-comma-in-text', [...filePath, key], messageParams, path);
          commaReported = true;
        } else {
          report('translation-unknown-field', [...filePath, key], { field: key });
        }
      }
      const translated = pair[language];
      const original = pair[defaultLanguage];
      if (isData(translated) || Array.isArray(translated)) {
        report('translation-wrong-shape', [...filePath, language], messageParams, [...path, language]);
        return;
      }
      checkComment([...filePath, language], [...path, language]);
      checkComment([...filePath, defaultLanguage], [...path, language]);
      // An empty translation (`{ en: '', nl: … }`, as `translations --new` writes) is not done yet.
      if (translated === null || translated === undefined || String(translated).trim() === '') return;
      text = String(translated);
      textPath = [...filePath, language];
      if (typeof original === 'string' || typeof original === 'number' || typeof original === 'boolean') {
        was = String(original);
      }
    } else if (Array.isArray(pair)) {
      report('translation-wrong-shape', filePath, messageParams, [...path, language]);
      return;
    } else {
      return;
    }
    target[language] = text;
    const location = place(textPath);
    sourceMap.set([...path, language], location, language);
    texts.set(pathKey(path), { path, text, was, location });
    const current = target[defaultLanguage];
    if (was === undefined) {
      report('translation-without-source', textPath, messageParams, [...path, language]);
    } else if (typeof current === 'string' && normalize(current) !== normalize(was)) {
      report('outdated-translation', textPath, messageParams, [...path, language]);
    }
  };

  // ── The deck's own texts ──
  const deckTexts = group(value.deck, ['deck'], { field: 'deck' });
  if (deckTexts) {
    checkKeys(deckTexts, DECK_KEYS, ['deck']);
    for (const key of DECK_KEYS) {
      if (Object.hasOwn(deckTexts, key)) applyPair(deckTexts[key], ['deck', key], [key], { text: key });
    }
  }

  // ── Themes, by id ──
  const themes = Array.isArray(deck.themes) ? deck.themes : [];
  const themeIds = themes.map((theme: unknown) =>
    isData(theme) && typeof theme.id === 'string' ? theme.id : undefined,
  );
  const themeGroup = group(value.themes, ['themes'], { field: 'themes' });
  if (themeGroup) {
    for (const [themeId, entry] of Object.entries(themeGroup)) {
      const index = themeIds.indexOf(themeId);
      const filePath = ['themes', themeId];
      if (index < 0) {
        const suggestion = suggest(
          themeId,
          themeIds.filter((id): id is string => id !== undefined),
        );
        report('translation-unknown-theme', filePath, { themeId, ...(suggestion ? { suggestion } : {}) });
        continue;
      }
      sourceMap.set(['themes', index], place(filePath), language);
      const params = { theme: index + 1, themeId };
      const texts = group(entry, filePath, params);
      if (!texts) continue;
      checkKeys(texts, THEME_KEYS, filePath);
      if (Object.hasOwn(texts, 'title')) {
        applyPair(texts.title, [...filePath, 'title'], ['themes', index, 'title'], {
          ...params,
          text: 'title',
        });
      }
    }
  }

  // ── Cards, by id ──
  const cards = Array.isArray(deck.cards) ? deck.cards : [];
  const cardIds = cards.map((card: unknown) =>
    isData(card) && typeof card.id === 'string' ? card.id : undefined,
  );
  const cardGroup = group(value.cards, ['cards'], { field: 'cards' });
  if (cardGroup) {
    for (const [cardId, entry] of Object.entries(cardGroup)) {
      const index = cardIds.indexOf(cardId);
      const filePath = ['cards', cardId];
      if (index < 0) {
        const suggestion = suggest(
          cardId,
          cardIds.filter((id): id is string => id !== undefined),
        );
        report('translation-unknown-card', filePath, { cardId, ...(suggestion ? { suggestion } : {}) });
        continue;
      }
      sourceMap.set(['cards', index], place(filePath), language);
      const params = { card: index + 1, cardId };
      const texts = group(entry, filePath, params);
      if (!texts) continue;
      checkKeys(texts, CARD_KEYS, filePath);
      const card = cards[index] as Data;
      for (const key of ['prompt', 'easy'] as const) {
        if (Object.hasOwn(texts, key)) {
          applyPair(texts[key], [...filePath, key], ['cards', index, key], { ...params, text: key });
        }
      }
      for (const key of ['hints', 'followUps'] as const) {
        const list = texts[key];
        if (list === undefined || list === null) continue;
        if (!Array.isArray(list)) {
          report('translation-not-a-list', [...filePath, key], { ...params, field: key });
          continue;
        }
        sourceMap.set(['cards', index, key], place([...filePath, key]), language);
        list.forEach((pair: unknown, item) => {
          const itemParams = { ...params, text: key, item: item + 1 };
          applyPair(pair, [...filePath, key, item], ['cards', index, key, item], itemParams);
        });
      }
      const picture = group(texts.picture, [...filePath, 'picture'], { ...params, field: 'picture' });
      if (picture) {
        sourceMap.set(['cards', index, 'picture'], place([...filePath, 'picture']), language);
        checkKeys(picture, PICTURE_KEYS, [...filePath, 'picture']);
        if (Object.hasOwn(picture, 'alt')) {
          applyPair(picture.alt, [...filePath, 'picture', 'alt'], ['cards', index, 'picture', 'alt'], {
            ...params,
            text: 'alt',
          });
        }
      }
      const options = group(texts.options, [...filePath, 'options'], { ...params, field: 'options' });
      if (options) {
        sourceMap.set(['cards', index, 'answer', 'options'], place([...filePath, 'options']), language);
        const answer = isData(card.answer) ? card.answer : {};
        const list = Array.isArray(answer.options) ? answer.options : [];
        const optionIds = list.map((option: unknown) =>
          isData(option) && typeof option.id === 'string' ? option.id : undefined,
        );
        for (const [optionId, pair] of Object.entries(options)) {
          const optionIndex = optionIds.indexOf(optionId);
          const optionPath = [...filePath, 'options', optionId];
          if (optionIndex < 0) {
            const suggestion = suggest(
              optionId,
              optionIds.filter((id): id is string => id !== undefined),
            );
            report('translation-unknown-option', optionPath, {
              ...params,
              optionId,
              ...(suggestion ? { suggestion } : {}),
            });
            continue;
          }
          applyPair(pair, optionPath, ['cards', index, 'answer', 'options', optionIndex, 'label'], {
            ...params,
            text: 'options',
            optionId,
          });
        }
      }
    }
  }
  return result;
}
