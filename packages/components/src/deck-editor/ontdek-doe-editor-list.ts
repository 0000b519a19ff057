import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import type { CardQuery, TranslationState } from '@ontdek-doe/content/editing';
import { CARD_FAMILIES, localizeIn } from '@ontdek-doe/core';
import { languageName as nameOf } from '../base/languages.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { token } from '../styles/tokens.ts';
import { draftIndex } from './draftIndex.ts';
import { EditorPart } from './EditorPart.ts';
import { asList, asRecord, asText } from './paths.ts';
import { countProblems } from './problemIndex.ts';

/** How many cards the list draws at first, and how many more each "show more" adds. */
export const LIST_PAGE = 20;

type Sort = NonNullable<CardQuery['sort']>;
const SORTS: readonly Sort[] = ['deck', 'id', 'family', 'theme', 'depth', 'translation'];
const SORT_WORDS: Record<Sort, string> = {
  deck: 'sortDeck',
  id: 'sortId',
  family: 'sortFamily',
  theme: 'sortTheme',
  depth: 'sortDepth',
  translation: 'sortTranslation',
};
/** The query fields the filter controls show. */
const FILTER_FIELDS = ['family', 'theme', 'depth', 'language', 'translation', 'problems', 'sort'] as const;
const STATES: readonly TranslationState[] = ['missing', 'outdated', 'done'];
const STATE_WORDS: Record<TranslationState, string> = {
  missing: 'translationMissing',
  outdated: 'translationOutdated',
  done: 'translationDone',
};
const PROBLEM_FILTERS = ['error', 'warning', 'readability'] as const;
const PROBLEM_WORDS = {
  error: 'problemsError',
  warning: 'problemsWarning',
  readability: 'problemsReadability',
};

/** The words every row of the list uses. */
interface RowWords {
  /** Changes when the words change (another UI language). */
  key: string;
  family: Map<unknown, string>;
  /** Theme names by id, in the UI language (else the deck's default). */
  theme: Map<unknown, string>;
  depth: Map<unknown, string>;
  noPrompt: string;
}

/**
 * The deck's cards as a list to search, filter and sort (family, theme, depth, translation state
 * in a language, problems), with a problem count per card, and buttons to add, copy, move and
 * delete. The list is one Tab stop: the arrow keys (and Home, End) move through the cards and
 * select them, so a 1,000-card deck never means 1,000 Tab presses. It draws the first
 * {@link LIST_PAGE} matches and more on request (or when the arrow goes past the last one), so
 * typing stays instant on a large deck.
 *
 * @tagname ontdek-doe-editor-list
 * @summary The deck editor's card list with search, filters and sorting.
 */
export class OntdekDoeEditorList extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      .cards {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 2px;
      }
      .cards button {
        display: grid;
        justify-items: start;
        gap: 0;
        inline-size: 100%;
        text-align: start;
        padding: ${token.spaceXs} ${token.spaceS};
        background: ${token.colorSurface};
        border-width: 1px;
      }
      .cards button[aria-current='true'] {
        background: ${token.colorSurfaceRaised};
        border: 3px solid ${token.colorAccent};
      }
      .card-id {
        font-weight: 600;
        font-size: 0.875rem;
      }
      .card-prompt {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .card-meta {
        color: ${token.colorTextMuted};
        font-size: 0.875rem;
      }
      .filters summary {
        cursor: pointer;
        min-block-size: 2.75rem;
        padding-block: ${token.spaceS};
        color: ${token.colorAccent};
        text-decoration: underline;
      }
      .filter-grid {
        display: grid;
        gap: ${token.spaceS};
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      }
      .actions button {
        flex: 1 1 auto;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    selected: { attribute: false },
    _query: { state: true, attribute: false },
    _limit: { state: true, attribute: false },
  };

  /** The selected card's id. */
  declare selected: string | undefined;
  declare private _query: CardQuery;
  declare private _limit: number;

  private memo: { key: string; ids: string[] } | undefined;
  private foundTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.selected = undefined;
    this._query = {};
    this._limit = LIST_PAGE;
  }

  /** The current query (search, filters, sort). */
  get query(): CardQuery {
    return this._query;
  }

  /** Sets the search text as if the trainer typed it. */
  set search(text: string) {
    this.setQuery({ search: text });
  }

  /** Moves focus to the search field. */
  focusSearch(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  /** Moves focus to the selected card in the list (or the first one). */
  async focusSelected(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.cards button[tabindex="0"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.foundTimer);
  }

  /** The ids that match, memoised per revision and query. */
  private matchingIds(): string[] {
    const draft = this.draft;
    if (!draft) return [];
    const key = `${this.revision}\u0000${JSON.stringify(this._query)}`;
    if (this.memo?.key !== key) this.memo = { key, ids: draft.query(this._query) };
    return this.memo.ids;
  }

  private setQuery(change: Partial<CardQuery>) {
    // Empty fields ask nothing: they are left out, so the memo key stays the same for the same question.
    this._query = Object.fromEntries(
      Object.entries({ ...this._query, ...change }).filter(
        ([, value]) => value !== '' && value !== undefined,
      ),
    ) as CardQuery;
    this._limit = LIST_PAGE;
    // Say how many cards match once the trainer stops typing, not at every letter.
    clearTimeout(this.foundTimer);
    this.foundTimer = setTimeout(
      () => this.announce(this.t('editor.list.found', { count: this.matchingIds().length })),
      700,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A query for a language the deck no longer has would hide everything without saying why.
    if (
      changed.has('revision') &&
      this._query.language &&
      !this.draft?.languages.includes(this._query.language)
    )
      this.setQuery({ language: undefined, translation: undefined });
  }

  override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const ids = this.matchingIds();
    const known = draftIndex(draft);
    const total = known.ids.length;
    const shown = ids.slice(0, this._limit);
    const focusable = this.selected !== undefined && shown.includes(this.selected) ? this.selected : shown[0];
    const index = this.selected ? (known.cards.get(this.selected)?.index ?? -1) : -1;
    const words = this.rowWords();
    return html`
      <section class="panel" aria-labelledby="list-heading">
        <h3 id="list-heading">${this.t('editor.list.heading')}</h3>
        <button type="button" class="primary" id="add" @click=${this.addCard}>
          ${this.t('editor.list.add')}
        </button>
        <div class="control">
          <label class="label" for="search">${this.t('editor.list.search')}</label>
          <input
            id="search"
            class="field"
            type="search"
            autocomplete="off"
            aria-describedby="search-hint list-count"
            .value=${live(this._query.search ?? '')}
            @input=${(e: Event) => this.setQuery({ search: (e.target as HTMLInputElement).value })}
          />
          <p class="hint" id="search-hint">${this.t('editor.list.searchHint')}</p>
        </div>
        ${guard(
          [
            // Everything the filters show, but not the search text: typing redraws the rows only.
            ...FILTER_FIELDS.map((field) => this._query[field]),
            draft.data().themes,
            draft.languages.join(),
            draft.defaultLanguage,
            this.translator.language,
          ],
          () => this.renderFilters(),
        )}
        <p id="list-count" class="hint">${this.t('editor.list.count', { shown: ids.length, total })}</p>
        <div class="row actions" role="group" aria-label=${this.t('editor.list.actions')}>
          <button type="button" aria-disabled=${index < 0 ? 'true' : 'false'} @click=${this.duplicateCard}>
            ${this.t('editor.list.duplicate')}
          </button>
          <button
            type="button"
            aria-disabled=${index <= 0 ? 'true' : 'false'}
            @click=${() => this.moveCard(-1)}
          >
            ${this.t('editor.list.up')}
          </button>
          <button
            type="button"
            aria-disabled=${index < 0 || index >= total - 1 ? 'true' : 'false'}
            @click=${() => this.moveCard(1)}
          >
            ${this.t('editor.list.down')}
          </button>
          <button type="button" aria-disabled=${index < 0 ? 'true' : 'false'} @click=${this.deleteCard}>
            ${this.t('editor.list.remove')}
          </button>
        </div>
        ${
          total === 0
            ? html`<p>${this.t('editor.list.empty')}</p>`
            : ids.length === 0
              ? html`<p>${this.t('editor.list.none')}</p>`
              : html`<ul class="cards" aria-label=${this.t('editor.list.cards')} @keydown=${this.onKeydown}>
                  ${repeat(
                    shown,
                    (id) => id,
                    (id) => {
                      // A row is drawn again only when its card, its problems or its selection changed:
                      // typing in one card of 1,000 redraws one row.
                      const card = known.cards.get(id)?.card;
                      const problems = this.problems.byCard.get(id);
                      return guard([card, problems, id === this.selected, id === focusable, words.key], () =>
                        this.renderItem(id, id === focusable, words),
                      );
                    },
                  )}
                </ul>`
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

  private renderFilters() {
    const draft = this.draft!;
    const q = this._query;
    const ui = this.translator.language;
    const themes = asList(draft.data().themes).flatMap((t) => {
      const theme = asRecord(t);
      return theme && typeof theme.id === 'string' ? [theme] : [];
    });
    const others = draft.languages.filter((l) => l !== draft.defaultLanguage);
    const select = (
      id: string,
      label: string,
      value: string,
      options: [string, string][],
      onChange: (value: string) => void,
      all = true,
    ) =>
      html`<div class="control">
        <label class="label" for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          ${all ? html`<option value="" ?selected=${value === ''}>${this.t('editor.list.all')}</option>` : nothing}
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>`;
    return html`<details class="filters">
      <summary>${this.t('editor.list.filters')}</summary>
      <div class="filter-grid">
        ${select(
          'filter-family',
          this.t('editor.list.family'),
          q.family ?? '',
          CARD_FAMILIES.map((f) => [f, this.t(`family.${f}` as MessageKey)]),
          (family) => this.setQuery({ family }),
        )}
        ${select(
          'filter-theme',
          this.t('editor.list.theme'),
          q.theme ?? '',
          themes.map((t) => [
            String(t.id),
            localizeIn(asRecord(t.title) as Record<string, string>, [ui, draft.defaultLanguage]) ||
              String(t.id),
          ]),
          (theme) => this.setQuery({ theme }),
        )}
        ${select(
          'filter-depth',
          this.t('editor.list.depth'),
          q.depth ? String(q.depth) : '',
          [
            ['1', this.t('editor.card.depth1')],
            ['2', this.t('editor.card.depth2')],
            ['3', this.t('editor.card.depth3')],
          ],
          (depth) => this.setQuery({ depth: depth ? (Number(depth) as 1 | 2 | 3) : undefined }),
        )}
        ${select(
          'filter-problems',
          this.t('editor.list.problems'),
          q.problems ?? '',
          PROBLEM_FILTERS.map((p) => [p, this.t(`editor.list.${PROBLEM_WORDS[p]}` as 'editor.list.all')]),
          (problems) => this.setQuery({ problems: (problems || undefined) as CardQuery['problems'] }),
        )}
        ${
          others.length > 0
            ? html`${select(
                'filter-language',
                this.t('editor.list.language'),
                q.language ?? '',
                others.map((code) => [code, nameOf(code, ui)]),
                (language) => this.setQuery({ language, translation: language ? q.translation : undefined }),
              )}
              ${select(
                'filter-translation',
                this.t('editor.list.translation'),
                q.translation ?? '',
                STATES.map((s) => [s, this.t(`editor.list.${STATE_WORDS[s]}` as 'editor.list.all')]),
                (translation) =>
                  this.setQuery({
                    translation: (translation || undefined) as TranslationState | undefined,
                    language: translation ? (q.language ?? others[0]) : q.language,
                  }),
              )}`
            : nothing
        }
        ${select(
          'sort',
          this.t('editor.list.sort'),
          q.sort ?? 'deck',
          SORTS.map((s) => [s, this.t(`editor.list.${SORT_WORDS[s]}` as 'editor.list.all')]),
          (sort) =>
            this.setQuery({
              sort: sort === 'deck' ? undefined : (sort as Sort),
              language: sort === 'translation' ? (q.language ?? others[0]) : q.language,
            }),
          false,
        )}
      </div>
    </details>`;
  }

  /** The words every row uses, looked up once per render instead of once per row. */
  private rowWords(): RowWords {
    const family = new Map(CARD_FAMILIES.map((f) => [f as unknown, this.t(`family.${f}` as MessageKey)]));
    const depth = new Map(
      [1, 2, 3].map((d) => [d as unknown, this.t('editor.list.depthShort', { depth: d })]),
    );
    const draft = this.draft;
    const theme = new Map<unknown, string>();
    for (const value of asList(draft?.data().themes)) {
      const record = asRecord(value);
      const title = localizeIn(asRecord(record?.title) as Record<string, string> | undefined, [
        this.translator.language,
        draft?.defaultLanguage ?? 'nl',
      ]);
      if (record && typeof record.id === 'string' && title) theme.set(record.id, title);
    }
    return {
      key: `${this.translator.language} ${draft?.defaultLanguage} ${[...theme].join()}`,
      family,
      theme,
      depth,
      noPrompt: this.t('editor.list.noPrompt'),
    };
  }

  private renderItem(id: string, focusable: boolean, words: RowWords) {
    const draft = this.draft!;
    const card = draftIndex(draft).cards.get(id)?.card ?? {};
    const texts = asRecord(card.prompt);
    const own = texts?.[draft.defaultLanguage];
    const prompt =
      typeof own === 'string' && own.trim() !== ''
        ? own
        : localizeIn(texts as Record<string, string> | undefined, [draft.defaultLanguage]);
    const problems = this.problems.byCard.get(id);
    const { errors, warnings } = countProblems(problems);
    const meta = [
      words.family.get(card.family) ?? asText(card.family),
      words.theme.get(card.theme) ?? asText(card.theme),
      words.depth.get(card.depth) ?? '',
    ].filter(Boolean);
    return html`<li>
      <button
        type="button"
        data-id=${id}
        tabindex=${focusable ? '0' : '-1'}
        aria-current=${id === this.selected ? 'true' : 'false'}
        @click=${() => this.select(id)}
      >
        <span class="card-id">${id}</span>
        <span class="card-prompt" lang=${draft.defaultLanguage}>${prompt || words.noPrompt}</span>
        <span class="card-meta">${meta.join(' · ')}</span>
        ${
          errors + warnings > 0
            ? html`<span class="row">
                ${
                  errors > 0
                    ? html`<span class="badge error"
                        >${this.t('editor.status.errors', { count: errors })}</span
                      >`
                    : nothing
                }
                ${
                  warnings > 0
                    ? html`<span class="badge warning"
                        >${this.t('editor.status.warnings', { count: warnings })}</span
                      >`
                    : nothing
                }
              </span>`
            : nothing
        }
      </button>
    </li>`;
  }

  private select(id: string) {
    this.go({ cardId: id });
  }

  /** Arrow keys, Home and End move through the list and select; the list is one Tab stop. */
  private onKeydown(event: KeyboardEvent) {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.cards button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to =
      event.key === 'ArrowDown'
        ? at + 1
        : event.key === 'ArrowUp'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : -1;
    if (event.key === 'ArrowDown' && to === buttons.length && this.matchingIds().length > buttons.length) {
      // Past the last row drawn: draw the next rows and go on there.
      event.preventDefault();
      this._limit += LIST_PAGE;
      void this.updateComplete.then(() => {
        const next = this.renderRoot.querySelectorAll<HTMLButtonElement>('.cards button')[to];
        if (next) {
          next.focus();
          this.select(next.dataset.id!);
        }
      });
      return;
    }
    if (to < 0 || to >= buttons.length || (event.key !== 'Home' && event.key !== 'End' && to === at)) return;
    event.preventDefault();
    const target = buttons[to]!;
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    target.focus();
    this.select(target.dataset.id!);
  }

  /** The id the last change added: the one not there before. */
  private added(before: readonly string[]): string | undefined {
    const known = new Set(before);
    return this.draft?.cardIds().find((id) => !known.has(id));
  }

  private addCard() {
    const draft = this.draft;
    if (!draft) return;
    const before = draft.cardIds();
    draft.edit({ type: 'addCard', ...(this.selected ? { after: this.selected } : {}) });
    const id = this.added(before);
    if (!id) return;
    this.announce(this.t('editor.list.added', { id }));
    this.go({ cardId: id, focusField: 'prompt' });
  }

  /** The buttons for one card keep focus when there is no card (aria-disabled): they say why. */
  private noCard(): boolean {
    if (this.selected !== undefined && this.draft?.card(this.selected)) return false;
    this.announce(this.t('editor.card.none'));
    return true;
  }

  private duplicateCard() {
    const draft = this.draft;
    if (!draft || this.noCard()) return;
    const before = draft.cardIds();
    draft.edit({ type: 'duplicateCard', id: this.selected! });
    const id = this.added(before);
    if (!id) return;
    this.announce(this.t('editor.list.duplicated', { id }));
    this.go({ cardId: id });
  }

  private moveCard(step: -1 | 1) {
    const draft = this.draft;
    if (!draft || this.noCard()) return;
    const id = this.selected!;
    const from = draft.cardIds().indexOf(id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= draft.cardIds().length) {
      this.announce(this.t(step < 0 ? 'editor.list.atTop' : 'editor.list.atBottom', { id }));
      return;
    }
    draft.edit({ type: 'moveCard', id, to });
    this.announce(this.t('editor.list.moved', { id, position: to + 1 }));
  }

  private deleteCard() {
    const draft = this.draft;
    if (!draft || this.noCard()) return;
    const id = this.selected!;
    const ids = draft.cardIds();
    const at = ids.indexOf(id);
    draft.edit({ type: 'deleteCard', id });
    this.announce(this.t('editor.list.removed', { id }));
    const rest = draft.cardIds();
    this.go({ cardId: rest[Math.min(at, rest.length - 1)] });
  }
}
