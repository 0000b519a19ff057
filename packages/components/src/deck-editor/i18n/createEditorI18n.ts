import type { TOptions } from 'i18next';
import { createI18n, type MessageKey, type OdI18n } from '../../i18n/createI18n.ts';
import { editorEn } from './editorEn.ts';
import { editorNl } from './editorNl.ts';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape of the editor's UI text in one language: the Dutch messages, with any string allowed. */
export type EditorMessages = Widen<typeof editorNl>;

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Keys<T> = { [K in keyof T]: T[K] extends string ? K & string : Join<K, Keys<T[K]>> }[keyof T];
/** i18next picks `_one`/`_other` by `count`: the key is asked without the suffix. */
type Plain<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every editor message key (`editor.list.add` …), or a game message key (`family.wish` …). */
export type EditorKey = `editor.${Plain<Keys<EditorMessages>>}` | MessageKey;

/** The editor's translator: the game's (family names, card words) plus the editor's own text. */
export interface EditorI18n extends Omit<OdI18n, 't'> {
  t(key: EditorKey, options?: TOptions): string;
}

/**
 * An i18next instance of one editor element: the game's nl/en messages with the editor's under
 * `editor.*`. Kept out of the game's locale files so the game's bundle never carries them.
 * Unknown languages fall back to Dutch, as in the game.
 *
 * @example
 * const i18n = createEditorI18n('en');
 * i18n.t('editor.list.add'); // 'Add a card'
 * i18n.t('editor.status.errors', { count: 2 }); // '2 errors'
 */
export function createEditorI18n(requested?: string | null): EditorI18n {
  return createI18n(requested, { nl: { editor: editorNl }, en: { editor: editorEn } }) as EditorI18n;
}
