import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EditorProblem, TranslationState } from '@ontdek-doe/content/editing';
import { directionOf } from '../base/languages.ts';
import { languageName as nameOf } from '../base/languages.ts';
import { token } from '../styles/tokens.ts';
import { draftIndex } from './draftIndex.ts';
import { EditorPart } from './EditorPart.ts';
import { focusControl, textControl, type ControlContext } from './fieldControls.ts';
import { asList, asRecord, asText, pathKey, valueAt } from './paths.ts';
import { LIST_PAGE } from './ontdek-doe-editor-list.ts';

type Path = (string | number)[];

/** The label key and number of a translatable text, from its path inside a card or the deck. */
function fieldWords(path: Path): { key: string; n?: number; id?: string } {
  const [a, b, c] = path;
  if (a === 'title' || a === 'description') return { key: a };
  if (a === 'themes') return { key: 'themeTitle' };
  if (a === 'prompt' || a === 'easy') return { key: a };
  if (a === 'picture') return { key: 'alt' };
  if (a === 'hints') return { key: 'hint', n: Number(b) + 1 };
  if (a === 'followUps') return { key: 'followUp', n: Number(b) + 1 };
  if (a === 'answer') return { key: 'option', n: Number(c) + 1 };
  return { key: 'text' };
}

/** An outdated-translation problem at exactly this text. */
const isOutdated = (problem: EditorProblem) => /outdated/.test(problem.code);

/**
 * Translating side by side: each text in the deck's default language next to a field for the
 * target language, with its state (missing, outdated, done). Cards with missing and outdated texts
 * come first; the order is fixed when the view opens (or the language or filter changes), so a
 * card does not jump away while the trainer types in it. The deck's own texts (title,
 * description, theme names) come before the cards. Problems of the target language show at their
 * field.
 *
 * @tagname ontdek-doe-editor-translate
 * @summary The deck editor's side-by-side translation view.
 */
export class OntdekDoeEditorTranslate extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      .cards {
        display: grid;
        gap: ${token.spaceM};
      }
      article {
        display: grid;
        gap: ${token.spaceS};
        padding: ${token.spaceS} ${token.spaceM};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radiusControl};
      }
      .original {
        margin: 0;
        padding: ${token.spaceXs} ${token.spaceS};
        background: ${token.colorSurfaceRaised};
        border-radius: ${token.radiusControl};
        white-space: pre-wrap;
      }
      .text {
        display: grid;
        gap: ${token.spaceS};
        grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
        align-items: start;
      }
      .text .head {
        grid-column: 1 / -1;
        display: flex;
        gap: ${token.spaceS};
        align-items: center;
        font-weight: 600;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    target: { type: String },
    _onlyTodo: { state: true, attribute: false },
    _limit: { state: true, attribute: false },
  };

  /** The language to translate into (the first other language when empty). */
  declare target: string;
  declare private _onlyTodo: boolean;
  declare private _limit: number;

  /** The card order, fixed when the view opens or the language or filter changes. */
  private order: { key: string; ids: string[] } | undefined;
  private countMemo: { key: string; counts: Record<TranslationState, number> } | undefined;

  constructor() {
    super();
    this.target = '';
    this._onlyTodo = false;
    this._limit = LIST_PAGE;
  }

  private get language(): string {
    const draft = this.draft;
    if (!draft) return '';
    const others = draft.languages.filter((l) => l !== draft.defaultLanguage);
    return others.includes(this.target) ? this.target : (others[0] ?? '');
  }

  /** Forgets the fixed order, so the next render sorts again (missing and outdated first). */
  resort(): void {
    this.order = undefined;
    this.requestUpdate();
  }

  /** Moves focus to the field of a translation problem; false when it is not shown here. */
  async focusProblem(problem: EditorProblem): Promise<boolean> {
    if (problem.language) this.target = problem.language;
    await this.updateComplete;
    return focusControl(this.renderRoot, pathKey(problem.path));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target')) this.order = undefined;
  }

  private cardOrder(): string[] {
    const draft = this.draft!;
    const language = this.language;
    const key = `${language}\u0000${this._onlyTodo}`;
    if (this.order?.key !== key) {
      let ids = draft.query({ language, sort: 'translation' });
      if (this._onlyTodo) {
        const todo = new Set([
          ...draft.query({ language, translation: 'missing' }),
          ...draft.query({ language, translation: 'outdated' }),
        ]);
        ids = ids.filter((id) => todo.has(id));
      }
      this.order = { key, ids };
    }
    // Cards deleted since are left out; cards added since come at the end.
    const now = draft.cardIds();
    const present = new Set(now);
    const known = new Set(this.order.ids);
    return [
      ...this.order.ids.filter((id) => present.has(id)),
      ...(this._onlyTodo ? [] : now.filter((id) => !known.has(id))),
    ];
  }

  override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const language = this.language;
    const ui = this.translator.language;
    if (!language)
      return html`<section class="panel" aria-labelledby="translate-heading">
        <h3 id="translate-heading" tabindex="-1">${this.t('editor.translate.heading')}</h3>
        <p>${this.t('editor.translate.noLanguages')}</p>
      </section>`;
    const others = draft.languages.filter((l) => l !== draft.defaultLanguage);
    const ids = this.cardOrder();
    const shown = ids.slice(0, this._limit);
    const known = draftIndex(draft).cards;
    const counts = this.counts(language);
    return html`
      <section class="panel" aria-labelledby="translate-heading">
        <h3 id="translate-heading" tabindex="-1">${this.t('editor.translate.heading')}</h3>
        <div class="row">
          <div class="control">
            <label class="label" for="target">${this.t('editor.translate.target')}</label>
            <select
              id="target"
              @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}
            >
              ${others.map(
                (code) =>
                  html`<option value=${code} ?selected=${code === language}>${nameOf(code, ui)}</option>`,
              )}
            </select>
          </div>
          <label class="check">
            <input
              type="checkbox"
              .checked=${this._onlyTodo}
              @change=${(e: Event) => {
                this._onlyTodo = (e.target as HTMLInputElement).checked;
                this._limit = LIST_PAGE;
              }}
            />
            <span>${this.t('editor.translate.onlyTodo')}</span>
          </label>
        </div>
        <p>${this.t('editor.translate.summary', counts)}</p>
        ${this.renderDeckTexts(language)}
        ${
          shown.length === 0
            ? html`<p>${this.t('editor.translate.allDone')}</p>`
            : html`<div class="cards">
                ${repeat(
                  shown,
                  (id) => id,
                  (id) => this.renderCard(id, known.get(id)?.index ?? -1, language),
                )}
              </div>`
        }
        ${
          ids.length > shown.length
            ? html`<button type="button" @click=${() => (this._limit += LIST_PAGE)}>
                ${this.t('editor.list.more', { count: ids.length - shown.length })}
              </button>`
            : nothing
        }
      </section>
    `;
  }

  /** How many card texts are missing, outdated and done in `language`, once per revision. */
  private counts(language: string): Record<TranslationState, number> {
    const key = `${this.revision}\u0000${language}`;
    if (this.countMemo?.key === key) return this.countMemo.counts;
    const counts = { missing: 0, outdated: 0, done: 0 };
    for (const id of this.draft!.cardIds())
      for (const text of this.draft!.translationState(id, language)) counts[text.state] += 1;
    this.countMemo = { key, counts };
    return counts;
  }

  /** The problems of `language` at the given texts, for their fields. */
  private context(problems: readonly EditorProblem[], paths: Path[], language: string): ControlContext {
    const wanted = new Set(paths.map((p) => pathKey([...p, language])));
    const at = new Map<string, EditorProblem[]>();
    for (const problem of problems) {
      const key = pathKey(problem.path);
      if (!wanted.has(key)) continue;
      at.set(key, [...(at.get(key) ?? []), problem]);
    }
    return { problemsAt: at, ui: this.translator.language };
  }

  private renderDeckTexts(language: string) {
    const draft = this.draft!;
    const data = draft.data();
    const paths: Path[] = [
      ['title'],
      ['description'],
      ...asList(data.themes).map((_, i): Path => ['themes', i, 'title']),
    ];
    const context = this.context(this.problems.deck, paths, language);
    const outdated = new Set(this.problems.deck.filter(isOutdated).map((p) => pathKey(p.path)));
    return html`<article aria-labelledby="deck-texts">
      <h4 id="deck-texts">${this.t('editor.translate.deckTexts')}</h4>
      ${paths.map((path) => {
        const value = asText(valueAt(data, [...path, language]));
        const state: TranslationState =
          value.trim() === '' ? 'missing' : outdated.has(pathKey([...path, language])) ? 'outdated' : 'done';
        const theme = path[0] === 'themes' ? asRecord(asList(data.themes)[Number(path[1])]) : undefined;
        return this.renderText(path, path, state, language, context, theme ? asText(theme.id) : undefined);
      })}
    </article>`;
  }

  private renderCard(id: string, index: number, language: string) {
    const draft = this.draft!;
    const texts = draft.translationState(id, language);
    const headingId = `t-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    const paths = texts.map((t) => ['cards', index, ...t.path.slice(2)]);
    const problems = (this.problems.byCard.get(id) ?? []).map((p) => {
      const path = [...p.path];
      if (path[0] === 'cards') path[1] = index;
      return { ...p, path };
    });
    const context = this.context(problems, paths, language);
    return html`<article aria-labelledby=${headingId}>
      <h4 id=${headingId}>${this.t('editor.card.heading', { id })}</h4>
      ${texts.map((text, i) => this.renderText(paths[i]!, text.path.slice(2), text.state, language, context))}
    </article>`;
  }

  /** One text: the original beside the translation field, with its state. */
  private renderText(
    path: Path,
    field: Path,
    state: TranslationState,
    language: string,
    context: ControlContext,
    themeId?: string,
  ) {
    const draft = this.draft!;
    const data = draft.data();
    const ui = this.translator.language;
    const words = fieldWords(field);
    const name = this.t(`editor.translate.field.${words.key}` as 'editor.translate.field.text', {
      n: words.n,
      id: themeId,
    });
    const from = draft.defaultLanguage;
    const original = asText(valueAt(data, [...path, from]));
    const stateWords = this.t(`editor.translate.state.${state}`);
    return html`<div class="text">
      <p class="head">
        <span>${name}</span>
        <span class=${`badge ${state}`}>${stateWords}</span>
      </p>
      <div class="control">
        <p class="label">${this.t('editor.translate.from', { language: nameOf(from, ui) })}</p>
        <p class="original" lang=${from} dir=${directionOf(from)}>${original}</p>
      </div>
      ${textControl(
        [...path, language],
        {
          label: `${name}: ${this.t('editor.translate.to', { language: nameOf(language, ui) })}`,
          value: asText(valueAt(data, [...path, language])),
          lang: language,
          multiline: true,
          ...(state === 'outdated' ? { hint: this.t('editor.translate.outdatedHint') } : {}),
          onInput: (value) => this.edit({ type: 'set', path: [...path, language], value }),
        },
        context,
      )}
    </div>`;
  }
}
