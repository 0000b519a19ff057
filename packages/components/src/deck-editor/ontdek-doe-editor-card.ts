import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ICON_NAMES, type EditorProblem } from '@ontdek-doe/content/editing';
import { CARD_FAMILIES, localizeIn } from '@ontdek-doe/core';
import { languageName as nameOf } from '../base/languages.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { token } from '../styles/tokens.ts';
import { answerKind, cardControlKeys } from './cardControls.ts';
import { draftIndex } from './draftIndex.ts';
import { EditorPart } from './EditorPart.ts';
import {
  focusControl,
  groupControl,
  problemList,
  selectControl,
  textControl,
  withFieldError,
  type ControlContext,
  secondLanguageSelect,
} from './fieldControls.ts';
import { asList, asRecord, asText, pathKey, splitList, valueAt } from './paths.ts';
import { placeProblem, placeProblems } from './problemIndex.ts';

type Path = (string | number)[];
const KINDS = ['talk', 'text', 'faces', 'choice', 'plugin'] as const;

/**
 * The form for every field of one card: code, family, theme, depth, the question and its easy
 * version, how players answer (with the options of a choice), the leader's tips and follow-up
 * questions, a picture, a minimum age, tags and sensitive topics. Texts show in the deck's default
 * language, and beside it in a second language the trainer picks.
 *
 * Each problem of the card shows under the field it belongs to, tied to it with
 * `aria-describedby` and `aria-invalid`; problems of the card as a whole show at the top.
 * Typing changes the draft at once (one undo step per field while typing goes on); codes, numbers
 * and lists change when the field is left.
 *
 * @tagname ontdek-doe-editor-card
 * @summary The deck editor's card form.
 */
export class OntdekDoeEditorCard extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      .depths {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.spaceXs};
      }
      .item {
        display: grid;
        gap: ${token.spaceS};
        padding-block-end: ${token.spaceS};
        border-block-end: 1px solid ${token.colorBorder};
      }
      .item:last-of-type {
        border-block-end: 0;
      }
      .about {
        padding: ${token.spaceS};
        border: 2px solid ${token.colorError};
        border-radius: ${token.radiusControl};
      }
      .about:focus {
        outline: ${token.focusRingWidth} solid ${token.focusRingColor};
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    cardId: { attribute: false },
    _second: { state: true, attribute: false },
    _takenId: { state: true, attribute: false },
  };

  /** The card to edit. */
  declare cardId: string | undefined;
  /** The second language beside the default one ('' for none). */
  declare private _second: string;
  /** A code typed for this card that another card has ('' when none): not taken over. */
  declare private _takenId: string;

  private placementMemo:
    | {
        problems: readonly EditorProblem[] | undefined;
        key: string;
        ui: string;
        placed: ReturnType<typeof placeProblems>;
        context: ControlContext;
      }
    | undefined;

  constructor() {
    super();
    this.cardId = undefined;
    this._second = '';
    this._takenId = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cardId')) this._takenId = '';
  }

  private get languages(): string[] {
    const draft = this.draft;
    if (!draft) return [];
    const second = draft.languages.includes(this._second) && this._second !== draft.defaultLanguage;
    return second ? [draft.defaultLanguage, this._second] : [draft.defaultLanguage];
  }

  private get index(): number {
    return this.cardId && this.draft ? (draftIndex(this.draft).cards.get(this.cardId)?.index ?? -1) : -1;
  }

  /** Moves focus to a field of the card (`prompt`, `id` …), in the default language for a text. */
  async focusField(field: string): Promise<boolean> {
    await this.updateComplete;
    const index = this.index;
    if (index < 0) return false;
    return (
      focusControl(this.renderRoot, pathKey(['cards', index, field, this.draft!.defaultLanguage])) ||
      focusControl(this.renderRoot, pathKey(['cards', index, field]))
    );
  }

  /**
   * Moves focus to the field a problem belongs to, showing its language beside the default one
   * first when it is about another. Problems of the card as a whole: the box at the top.
   */
  async focusProblem(problem: EditorProblem): Promise<boolean> {
    const draft = this.draft;
    if (!draft) return false;
    if (
      problem.language &&
      problem.language !== draft.defaultLanguage &&
      draft.languages.includes(problem.language)
    )
      this._second = problem.language;
    await this.updateComplete;
    const index = this.index;
    const card = this.cardId ? draftIndex(draft).cards.get(this.cardId)?.card : undefined;
    if (index < 0 || !card) return false;
    const path = this.currentPath(problem, index);
    const key = placeProblem(
      path,
      problem.language ?? draft.defaultLanguage,
      cardControlKeys(card, index, this.languages),
      2,
    );
    if (key && focusControl(this.renderRoot, key)) return true;
    const about = this.renderRoot.querySelector<HTMLElement>('#about');
    about?.focus();
    return about !== null;
  }

  /** A card problem's path with the card's place as it is now (problems may be a moment older). */
  private currentPath(problem: EditorProblem, index: number): Path {
    const path = [...problem.path];
    if (path[0] === 'cards' && path.length > 1) path[1] = index;
    else return ['cards', index, ...(problem.field ? [problem.field] : [])];
    return path;
  }

  private set(path: Path, value: unknown) {
    this.edit({ type: 'set', path: ['cards', this.index, ...path], value });
  }

  override render() {
    const draft = this.draft;
    const card = this.cardId && draft ? draftIndex(draft).cards.get(this.cardId)?.card : undefined;
    if (!draft || !card) return html`<p class="hint">${this.t('editor.card.none')}</p>`;
    const index = this.index;
    const languages = this.languages;
    const ui = this.translator.language;
    const { placed, context } = this.placement(card, index, languages, ui);
    const others = draft.languages.filter((l) => l !== draft.defaultLanguage);
    // Each part below the first row is drawn again only when its own data changed (the draft
    // shares what did not change), so a key typed in the question redraws the question only.
    return html`
      <section class="panel" aria-labelledby="card-heading">
        <h3 id="card-heading" tabindex="-1">${this.t('editor.card.heading', { id: this.cardId })}</h3>
        ${
          placed.rest.length > 0
            ? html`<div class="about" id="about" tabindex="-1" role="group" aria-labelledby="about-title">
                <h4 id="about-title">${this.t('editor.card.aboutCard')}</h4>
                <ul class="problems">
                  ${placed.rest.map((p) => html`<li class=${p.severity}>${p.message[ui]}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${secondLanguageSelect({
          id: 'second-language',
          label: this.t('editor.card.textLanguage'),
          defaultLanguage: draft.defaultLanguage,
          others,
          chosen: this._second,
          ui,
          onChange: (language) => (this._second = language),
        })}
        <div class="pair">
          ${textControl(
            ['cards', index, 'id'],
            {
              label: this.t('editor.card.id'),
              value: this._takenId || asText(card.id),
              hint: this.t('editor.card.idHint'),
              onChange: (value) => this.changeId(value.trim()),
            },
            this.withTakenId(context, index),
          )}
          ${selectControl(
            ['cards', index, 'family'],
            {
              label: this.t('editor.card.family'),
              value: asText(card.family),
              choices: CARD_FAMILIES.map((f) => [f, this.t(`family.${f}` as MessageKey)] as const),
              onChange: (value) => this.set(['family'], value),
            },
            context,
          )}
          ${selectControl(
            ['cards', index, 'theme'],
            {
              label: this.t('editor.card.theme'),
              value: asText(card.theme),
              choices: [['', this.t('editor.card.noTheme')] as const, ...this.themeChoices()],
              onChange: (value) => this.set(['theme'], value),
            },
            context,
          )}
          ${this.renderDepth(card, index, context)}
        </div>
        ${guard([card.prompt, context, languages.join()], () =>
          this.texts(card, ['prompt'], this.t('editor.card.prompt'), context, { required: true }),
        )}
        ${guard([card.easy, context, languages.join()], () =>
          this.texts(card, ['easy'], this.t('editor.card.easy'), context, {
            hint: this.t('editor.card.easyHint'),
          }),
        )}
        ${guard([card.answer, context, languages.join()], () => this.renderAnswer(card, index, context))}
        ${guard([card.hints, context, languages.join()], () => this.renderList(card, index, 'hints', context))}
        ${guard([card.followUps, context, languages.join()], () =>
          this.renderList(card, index, 'followUps', context),
        )}
        ${guard([card.picture, context, languages.join()], () => this.renderPicture(card, index, context))}
        ${guard([card.minimumAge, card.tags, card.sensitivity, context], () => this.renderMore(card, index, context))}
      </section>
    `;
  }

  /**
   * Where the card's problems show, and the context the controls read them from. Kept while the
   * problems, the card's place, its shape (answer kind, options, tips) and the languages stay the
   * same, so the form's sections can skip drawing again while the trainer types.
   */
  private placement(card: Record<string, unknown>, index: number, languages: string[], ui: 'nl' | 'en') {
    const controls = cardControlKeys(card, index, languages);
    const key = [...controls].join(' ');
    const problems = this.problems.byCard.get(this.cardId!);
    const memo = this.placementMemo;
    if (memo && memo.problems === problems && memo.key === key && memo.ui === ui) return memo;
    const mine = (problems ?? []).map((problem) => ({ problem, path: this.currentPath(problem, index) }));
    const placed = placeProblems(mine, this.draft!.defaultLanguage, controls, 2);
    this.placementMemo = { problems, key, ui, placed, context: { problemsAt: placed.at, ui } };
    return this.placementMemo;
  }

  private themeChoices(): (readonly [string, string])[] {
    const draft = this.draft!;
    const ui = this.translator.language;
    return asList(draft.data().themes).flatMap((value) => {
      const theme = asRecord(value);
      if (!theme || typeof theme.id !== 'string') return [];
      const title = localizeIn(asRecord(theme.title) as Record<string, string> | undefined, [
        ui,
        draft.defaultLanguage,
      ]);
      return [[theme.id, title ? `${title} (${theme.id})` : theme.id] as const];
    });
  }

  private renderDepth(card: Record<string, unknown>, index: number, context: ControlContext) {
    const key = pathKey(['cards', index, 'depth']);
    const problems = problemList(key, context);
    return html`<fieldset class="group" data-path=${key} aria-describedby=${problems.id ?? nothing}>
      <legend class="legend">${this.t('editor.card.depth')}</legend>
      <div class="depths">
        ${([1, 2, 3] as const).map(
          (depth) =>
            html`<label class="check">
              <input
                type="radio"
                name="depth"
                .checked=${card.depth === depth}
                @change=${() => this.set(['depth'], depth)}
              />
              <span>${this.t(`editor.card.depth${depth}`)}</span>
            </label>`,
        )}
      </div>
      ${problems.template}
    </fieldset>`;
  }

  /**
   * The text at `field` (a path inside the card) in each shown language, side by side. An
   * optional text that is emptied is taken out, so no empty text is left behind.
   */
  private texts(
    card: Record<string, unknown>,
    field: Path,
    name: string,
    context: ControlContext,
    { required = false, hint }: { required?: boolean; hint?: string } = {},
  ): TemplateResult {
    const index = this.index;
    const languages = this.languages;
    const ui = this.translator.language;
    return html`<div class="pair">
      ${languages.map((language) =>
        textControl(
          ['cards', index, ...field, language],
          {
            label: languages.length > 1 ? `${name} (${nameOf(language, ui)})` : name,
            value: asText(valueAt(card, [...field, language])),
            multiline:
              field[0] === 'prompt' ||
              field[0] === 'easy' ||
              field[0] === 'hints' ||
              field[0] === 'followUps',
            lang: language,
            ...(hint && language === languages[0] ? { hint } : {}),
            onInput: (value) => this.setText(card, field, language, value, required),
          },
          context,
        ),
      )}
    </div>`;
  }

  private setText(
    card: Record<string, unknown>,
    field: Path,
    language: string,
    value: string,
    required: boolean,
  ) {
    if (value !== '' || required) return this.set([...field, language], value);
    const texts = asRecord(valueAt(card, field)) ?? {};
    const left = Object.entries(texts).some(
      ([l, text]) => l !== language && typeof text === 'string' && text !== '',
    );
    // An optional text with nothing left in any language goes as a whole (the easy question).
    if (!left && field.length === 1) this.set(field, undefined);
    else this.set([...field, language], undefined);
  }

  private changeId(id: string) {
    if (id === this.cardId) this._takenId = '';
    if (!id || id === this.cardId) return;
    // Two cards with one code cannot both keep their translations in the files: refuse, and say so.
    if (this.draft && draftIndex(this.draft).cards.has(id)) {
      this._takenId = id;
      return;
    }
    this._takenId = '';
    this.set(['id'], id);
    this.go({ cardId: id });
  }

  /** The context of the code field, with the message for a code another card has. */
  private withTakenId(context: ControlContext, index: number): ControlContext {
    if (!this._takenId) return context;
    const message = (lng: 'nl' | 'en') =>
      String(this.translator.i18next.t('editor.card.idTaken', { id: this._takenId, lng }));
    return withFieldError(context, ['cards', index, 'id'], 'duplicate-card-id', {
      nl: message('nl'),
      en: message('en'),
    });
  }

  private renderAnswer(card: Record<string, unknown>, index: number, context: ControlContext) {
    const kind = answerKind(card.answer);
    const shown = kind.includes(':') ? 'plugin' : kind;
    const answer = asRecord(card.answer) ?? {};
    return html`<fieldset class="box">
      <legend>${this.t('editor.card.answer')}</legend>
      ${selectControl(
        ['cards', index, 'answer'],
        {
          label: this.t('editor.card.kindLabel'),
          value: shown,
          choices: KINDS.map((k) => [k, this.t(`editor.card.kind.${k}`)] as const),
          onChange: (value) => this.setKind(card, value),
        },
        context,
      )}
      ${
        shown === 'plugin'
          ? textControl(
              ['cards', index, 'answer', 'kind'],
              {
                label: this.t('editor.card.pluginKind'),
                value: kind,
                onChange: (value) => this.set(['answer', 'kind'], value.trim()),
              },
              context,
            )
          : nothing
      }
      ${
        kind === 'text'
          ? textControl(
              ['cards', index, 'answer', 'maxLength'],
              {
                label: this.t('editor.card.maxLength'),
                hint: this.t('editor.card.maxLengthHint'),
                type: 'number',
                min: 1,
                value: asText(answer.maxLength),
                onChange: (value) =>
                  this.set(['answer', 'maxLength'], value.trim() === '' ? undefined : Number(value)),
              },
              context,
            )
          : nothing
      }
      ${kind === 'choice' ? this.renderChoiceOptions(card, index, answer, context) : nothing}
    </fieldset>`;
  }

  private setKind(card: Record<string, unknown>, kind: string) {
    if (kind === answerKind(card.answer)) return;
    if (kind === 'choice')
      this.set(['answer'], {
        kind: 'choice',
        options: [{ id: 'option-1', label: { [this.draft!.defaultLanguage]: '' } }],
      });
    else if (kind === 'plugin') this.set(['answer'], { kind: 'plugin:answer' });
    else this.set(['answer'], { kind });
  }

  private renderChoiceOptions(
    card: Record<string, unknown>,
    index: number,
    answer: Record<string, unknown>,
    context: ControlContext,
  ) {
    const options = asList(answer.options);
    const icons: (readonly [string, string])[] = [
      ['', this.t('editor.card.noIcon')],
      ...ICON_NAMES.map((n) => [n, n] as const),
    ];
    return html`
      <label class="check">
        <input
          type="checkbox"
          data-path=${pathKey(['cards', index, 'answer', 'multiple'])}
          .checked=${answer.multiple === true}
          @change=${(e: Event) => this.set(['answer', 'multiple'], (e.target as HTMLInputElement).checked || undefined)}
        />
        <span>${this.t('editor.card.multiple')}</span>
      </label>
      ${groupControl(
        ['cards', index, 'answer', 'options'],
        this.t('editor.card.options'),
        html`${options.map((value, i) => {
            const option = asRecord(value) ?? {};
            const n = i + 1;
            return html`<div class="item">
              <h4>${this.t('editor.card.option', { n })}</h4>
              <div class="pair">
                ${textControl(
                  ['cards', index, 'answer', 'options', i, 'id'],
                  {
                    label: this.t('editor.card.optionId'),
                    value: asText(option.id),
                    onChange: (id) => this.set(['answer', 'options', i, 'id'], id.trim()),
                  },
                  context,
                )}
                ${selectControl(
                  ['cards', index, 'answer', 'options', i, 'icon'],
                  {
                    label: this.t('editor.card.optionIcon'),
                    value: asText(option.icon),
                    choices: icons,
                    onChange: (icon) => this.set(['answer', 'options', i, 'icon'], icon || undefined),
                  },
                  context,
                )}
              </div>
              ${this.texts(
                card,
                ['answer', 'options', i, 'label'],
                this.t('editor.card.optionLabel'),
                context,
                {
                  required: true,
                },
              )}
              <button
                type="button"
                data-remove="options"
                @click=${() => this.removeItem(['answer', 'options'], options, i)}
              >
                ${this.t('editor.card.removeOption', { n })}
              </button>
            </div>`;
          })}
          <button type="button" data-add="options" @click=${() => this.addOption(options)}>
            ${this.t('editor.card.addOption')}
          </button>`,
        context,
      )}
    `;
  }

  private addOption(options: unknown[]) {
    const ids = new Set(options.map((o) => asRecord(o)?.id));
    let n = options.length + 1;
    while (ids.has(`option-${n}`)) n += 1;
    this.set(
      ['answer', 'options'],
      [...options, { id: `option-${n}`, label: { [this.draft!.defaultLanguage]: '' } }],
    );
  }

  /**
   * Takes out an option, a tip or a follow-up question. Focus goes to the remove button now in its
   * place (or the one before), else to the group's Add button: never to the page.
   */
  private removeItem(path: Path, list: unknown[], at: number, optional = false) {
    const rest = list.filter((_, i) => i !== at);
    this.set(path, optional && rest.length === 0 ? undefined : rest);
    const group = String(path[path.length - 1]);
    this.focusWhenDrawn(() => {
      const removes = this.renderRoot.querySelectorAll<HTMLElement>(`[data-remove="${group}"]`);
      return (
        removes[Math.min(at, removes.length - 1)] ??
        this.renderRoot.querySelector<HTMLElement>(`[data-add="${group}"]`)
      );
    });
  }

  private renderList(
    card: Record<string, unknown>,
    index: number,
    field: 'hints' | 'followUps',
    context: ControlContext,
  ) {
    const items = asList(card[field]);
    const one = field === 'hints' ? 'editor.card.hint' : 'editor.card.followUp';
    return groupControl(
      ['cards', index, field],
      this.t(field === 'hints' ? 'editor.card.hints' : 'editor.card.followUps'),
      html`${items.map(
          (_, i) =>
            html`<div class="item">
              ${this.texts(card, [field, i], this.t(one, { n: i + 1 }), context, { required: true })}
              <button
                type="button"
                data-remove=${field}
                @click=${() => this.removeItem([field], items, i, true)}
              >
                ${this.t(field === 'hints' ? 'editor.card.removeHint' : 'editor.card.removeFollowUp', { n: i + 1 })}
              </button>
            </div>`,
        )}
        <button
          type="button"
          data-add=${field}
          @click=${() => this.set([field], [...items, { [this.draft!.defaultLanguage]: '' }])}
        >
          ${this.t(field === 'hints' ? 'editor.card.addHint' : 'editor.card.addFollowUp')}
        </button>`,
      context,
    );
  }

  private renderPicture(card: Record<string, unknown>, index: number, context: ControlContext) {
    const picture = asRecord(card.picture);
    return groupControl(
      ['cards', index, 'picture'],
      this.t('editor.card.picture'),
      html`${textControl(
        ['cards', index, 'picture', 'src'],
        {
          label: this.t('editor.card.pictureSrc'),
          hint: this.t('editor.card.pictureSrcHint'),
          value: asText(picture?.src),
          onChange: (value) => {
            const src = value.trim();
            if (src === '') this.set(['picture'], undefined);
            else if (picture) this.set(['picture', 'src'], src);
            else this.set(['picture'], { src, alt: { [this.draft!.defaultLanguage]: '' } });
          },
        },
        context,
      )}
      ${
        picture
          ? this.texts(card, ['picture', 'alt'], this.t('editor.card.pictureAlt'), context, {
              required: true,
            })
          : nothing
      }`,
      context,
    );
  }

  private renderMore(card: Record<string, unknown>, index: number, context: ControlContext) {
    const list = (value: unknown) =>
      asList(value)
        .filter((v) => typeof v === 'string')
        .join(', ');
    return html`<div class="pair">
      ${textControl(
        ['cards', index, 'minimumAge'],
        {
          label: this.t('editor.card.minimumAge'),
          hint: this.t('editor.card.minimumAgeHint'),
          type: 'number',
          min: 0,
          value: asText(card.minimumAge),
          onChange: (value) => this.set(['minimumAge'], value.trim() === '' ? undefined : Number(value)),
        },
        context,
      )}
      ${textControl(
        ['cards', index, 'tags'],
        {
          label: this.t('editor.card.tags'),
          hint: this.t('editor.card.tagsHint'),
          value: list(card.tags),
          onChange: (value) => {
            const tags = splitList(value);
            this.set(['tags'], tags.length ? tags : undefined);
          },
        },
        context,
      )}
      ${textControl(
        ['cards', index, 'sensitivity'],
        {
          label: this.t('editor.card.sensitivity'),
          hint: this.t('editor.card.sensitivityHint'),
          value: list(card.sensitivity),
          onChange: (value) => {
            const tags = splitList(value);
            this.set(['sensitivity'], tags.length ? tags : undefined);
          },
        },
        context,
      )}
    </div>`;
  }
}
