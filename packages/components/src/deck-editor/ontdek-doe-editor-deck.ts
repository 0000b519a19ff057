import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ICON_NAMES, type EditorProblem } from '@ontdek-doe/content/editing';
import { localizeIn } from '@ontdek-doe/core';
import { DECK_PATTERNS } from '@ontdek-doe/core/schema';
import { iconSvg } from '../base/iconSvg.ts';
import { languageName as nameOf } from '../base/languages.ts';
import { token } from '../styles/tokens.ts';
import { EditorPart } from './EditorPart.ts';
import {
  focusControl,
  groupControl,
  selectControl,
  textControl,
  withFieldError,
  type ControlContext,
  secondLanguageSelect,
} from './fieldControls.ts';
import { asList, asRecord, asText, pathKey, valueAt } from './paths.ts';
import { placeProblem, placeProblems } from './problemIndex.ts';

type Path = (string | number)[];
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** A BCP 47 tag as decks use them: a primary language of 2 or 3 letters, maybe a region or script. */

/** `#abc` → `#aabbcc`, for the native colour picker; anything invalid → black. */
function sixDigits(colour: string): string {
  if (!HEX.test(colour)) return '#000000';
  if (colour.length === 7) return colour.toLowerCase();
  return `#${[...colour.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
}

/**
 * The path keys of every control the deck form draws, for placing problems (see
 * `placeProblems`). `defaultLanguage` problems belong to the languages.
 */
export function deckControlKeys(data: Record<string, unknown>, languages: readonly string[]): Set<string> {
  const keys = new Set<string>(['id', 'version', 'minimumAge', 'languages', 'themes']);
  for (const language of languages) {
    keys.add(pathKey(['title', language]));
    keys.add(pathKey(['description', language]));
  }
  asList(data.themes).forEach((_, i) => {
    for (const field of ['id', 'colour', 'icon']) keys.add(pathKey(['themes', i, field]));
    keys.add(pathKey(['themes', i]));
    for (const language of languages) keys.add(pathKey(['themes', i, 'title', language]));
  });
  return keys;
}

/** A deck problem's path as the form places it: problems of the default language go to the languages. */
function deckPath(problem: EditorProblem): Path {
  const path = [...problem.path];
  if (path[0] === 'defaultLanguage') return ['languages'];
  if (path.length === 0 && problem.field) return [problem.field];
  return path;
}

/**
 * The form for the deck itself: code, version, title and description (in the default language and
 * a second one), minimum age, the languages (add, remove; the first is the default) and the
 * themes (code, name, colour, icon; add, remove). Problems show at their field, as in the card form.
 *
 * @tagname ontdek-doe-editor-deck
 * @summary The deck editor's form for the deck, its languages and themes.
 */
export class OntdekDoeEditorDeck extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      .languages {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${token.spaceXs};
      }
      .languages li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token.spaceS};
      }
      .theme {
        display: grid;
        gap: ${token.spaceS};
      }
      .swatch {
        display: flex;
        align-items: end;
        gap: ${token.spaceS};
      }
      .swatch input[type='color'] {
        inline-size: 3rem;
        block-size: 2.5rem;
        padding: 0;
        border: 2px solid ${token.colorBorder};
        border-radius: ${token.radiusControl};
      }
      .icon-preview {
        display: inline-flex;
        inline-size: 2rem;
        block-size: 2rem;
        flex: none;
      }
      .icon-preview svg {
        inline-size: 100%;
        block-size: 100%;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    _second: { state: true, attribute: false },
    _newLanguage: { state: true, attribute: false },
    _languageProblem: { state: true, attribute: false },
    _takenTheme: { state: true, attribute: false },
  };

  declare private _second: string;
  declare private _newLanguage: string;
  declare private _languageProblem: string;
  /** A code typed for a theme that another theme has: not taken over. */
  declare private _takenTheme: { index: number; id: string } | undefined;

  constructor() {
    super();
    this._second = '';
    this._newLanguage = '';
    this._languageProblem = '';
    this._takenTheme = undefined;
  }

  private get languages(): string[] {
    const draft = this.draft;
    if (!draft) return [];
    return draft.languages.includes(this._second) && this._second !== draft.defaultLanguage
      ? [draft.defaultLanguage, this._second]
      : [draft.defaultLanguage];
  }

  /** Moves focus to the field of a deck problem; false when the form has no such field. */
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
    const key = placeProblem(
      deckPath(problem),
      problem.language ?? draft.defaultLanguage,
      deckControlKeys(draft.data(), this.languages),
    );
    return key !== undefined && focusControl(this.renderRoot, key);
  }

  /** Moves focus to the form's heading. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#deck-heading')?.focus();
  }

  private set(path: Path, value: unknown) {
    this.edit({ type: 'set', path, value });
  }

  override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const data = draft.data();
    const ui = this.translator.language;
    const languages = this.languages;
    const placed = placeProblems(
      this.problems.deck.map((problem) => ({ problem, path: deckPath(problem) })),
      draft.defaultLanguage,
      deckControlKeys(data, languages),
    );
    const context: ControlContext = { problemsAt: placed.at, ui };
    const others = draft.languages.filter((l) => l !== draft.defaultLanguage);
    const texts = (field: Path, label: string, multiline = false) =>
      html`<div class="pair">
        ${languages.map((language) =>
          textControl(
            [...field, language],
            {
              label: languages.length > 1 ? `${label} (${nameOf(language, ui)})` : label,
              value: asText(valueAt(data, [...field, language])),
              lang: language,
              multiline,
              onInput: (value) => this.set([...field, language], value),
            },
            context,
          ),
        )}
      </div>`;
    return html`
      <section class="panel" aria-labelledby="deck-heading">
        <h3 id="deck-heading" tabindex="-1">${this.t('editor.deck.heading')}</h3>
        ${secondLanguageSelect({
          id: 'deck-second-language',
          label: this.t('editor.deck.textIn'),
          defaultLanguage: draft.defaultLanguage,
          others,
          chosen: this._second,
          ui,
          onChange: (language) => (this._second = language),
        })}
        ${texts(['title'], this.t('editor.deck.title'))}
        ${texts(['description'], this.t('editor.deck.description'), true)}
        <div class="pair">
          ${textControl(
            ['id'],
            {
              label: this.t('editor.deck.id'),
              hint: this.t('editor.deck.idHint'),
              value: asText(data.id),
              onChange: (value) => this.set(['id'], value.trim()),
            },
            context,
          )}
          ${textControl(
            ['version'],
            {
              label: this.t('editor.deck.version'),
              hint: this.t('editor.deck.versionHint'),
              value: asText(data.version),
              onChange: (value) => this.set(['version'], value.trim()),
            },
            context,
          )}
          ${textControl(
            ['minimumAge'],
            {
              label: this.t('editor.deck.minimumAge'),
              type: 'number',
              min: 0,
              value: asText(data.minimumAge),
              onChange: (value) => this.set(['minimumAge'], value.trim() === '' ? undefined : Number(value)),
            },
            context,
          )}
        </div>
        ${this.renderLanguages(context)} ${this.renderThemes(data, languages, context)}
        ${
          placed.rest.length > 0
            ? html`<ul class="problems">
                ${placed.rest.map((p) => html`<li class=${p.severity}>${p.message[ui]}</li>`)}
              </ul>`
            : nothing
        }
      </section>
    `;
  }

  private renderLanguages(context: ControlContext) {
    const draft = this.draft!;
    const ui = this.translator.language;
    return groupControl(
      ['languages'],
      this.t('editor.deck.languages'),
      html`<p class="hint">${this.t('editor.deck.languagesHint')}</p>
        <ul class="languages">
          ${draft.languages.map(
            (code) =>
              html`<li>
                <span lang=${code}>${nameOf(code, ui)} (${code})</span>
                ${
                  code === draft.defaultLanguage
                    ? html`<span class="hint">${this.t('editor.deck.defaultLanguage')}</span>`
                    : html`<button type="button" data-default=${code} @click=${() => this.makeDefault(code)}>
                          ${this.t('editor.deck.makeDefault', { language: nameOf(code, ui) })}
                        </button>
                        <button
                          type="button"
                          data-remove="language"
                          @click=${() => this.removeLanguage(code)}
                        >
                          ${this.t('editor.deck.removeLanguage', { language: nameOf(code, ui) })}
                        </button>`
                }
              </li>`,
          )}
        </ul>
        <div class="swatch">
          <div class="control">
            <label class="label" for="new-language">${this.t('editor.deck.languageCode')}</label>
            <input
              id="new-language"
              class="field"
              autocomplete="off"
              aria-describedby=${this._languageProblem ? 'new-language-problem' : nothing}
              aria-invalid=${this._languageProblem ? 'true' : 'false'}
              .value=${this._newLanguage}
              @input=${(e: Event) => (this._newLanguage = (e.target as HTMLInputElement).value)}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter') this.addLanguage();
              }}
            />
          </div>
          <button type="button" @click=${this.addLanguage}>${this.t('editor.deck.addLanguage')}</button>
        </div>
        ${
          this._languageProblem
            ? html`<ul class="problems" id="new-language-problem">
                <li class="error">${this._languageProblem}</li>
              </ul>`
            : nothing
        }`,
      context,
    );
  }

  private addLanguage() {
    const draft = this.draft;
    if (!draft) return;
    const code = this._newLanguage.trim();
    if (!DECK_PATTERNS.languageTag.test(code)) {
      this._languageProblem = this.t('editor.deck.languageInvalid');
      return;
    }
    if (draft.languages.includes(code)) {
      this._languageProblem = this.t('editor.deck.languageExists');
      return;
    }
    this._languageProblem = '';
    this._newLanguage = '';
    this.edit({ type: 'addLanguage', language: code });
    this.announce(this.t('editor.deck.languageAdded', { language: nameOf(code, this.translator.language) }));
  }

  /** Makes `code` the deck's default language; focus goes to the one that was, to choose it back. */
  private makeDefault(code: string) {
    const draft = this.draft;
    if (!draft) return;
    const was = draft.defaultLanguage;
    if (this._second === code) this._second = was;
    this.edit({ type: 'setDefaultLanguage', language: code });
    this.announce(this.t('editor.deck.madeDefault', { language: nameOf(code, this.translator.language) }));
    this.focusWhenDrawn(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-default="${CSS.escape(was)}"]`),
    );
  }

  private removeLanguage(code: string) {
    const at = this.draft?.languages.filter((l) => l !== this.draft?.defaultLanguage).indexOf(code) ?? -1;
    if (this._second === code) this._second = '';
    this.edit({ type: 'removeLanguage', language: code });
    this.announce(
      this.t('editor.deck.languageRemoved', { language: nameOf(code, this.translator.language) }),
    );
    this.focusAfterRemove('language', at, '#new-language');
  }

  /** After a removal: the remove button now in its place (or the one before), else `fallback`. */
  private focusAfterRemove(group: string, at: number, fallback: string) {
    this.focusWhenDrawn(() => {
      const removes = this.renderRoot.querySelectorAll<HTMLElement>(`[data-remove="${group}"]`);
      return (
        removes[Math.min(Math.max(at, 0), removes.length - 1)] ??
        this.renderRoot.querySelector<HTMLElement>(fallback)
      );
    });
  }

  /**
   * A theme's new code: its cards follow (`renameTheme`). A code another theme has is refused with
   * a message at the field: two themes with one code cannot both keep their translations.
   */
  private changeThemeId(index: number, old: string, id: string) {
    this._takenTheme = undefined;
    if (id === old) return;
    const themes = asList(this.draft?.data().themes);
    if (id !== '' && themes.some((theme, i) => i !== index && asRecord(theme)?.id === id)) {
      this._takenTheme = { index, id };
      return;
    }
    if (old !== '' && id !== '') this.edit({ type: 'renameTheme', id: old, to: id });
    else this.set(['themes', index, 'id'], id);
  }

  private withTakenTheme(context: ControlContext, index: number, id: string): ControlContext {
    const message = (lng: 'nl' | 'en') =>
      String(this.translator.i18next.t('editor.deck.themeIdTaken', { id, lng }));
    return withFieldError(context, ['themes', index, 'id'], 'duplicate-theme-id', {
      nl: message('nl'),
      en: message('en'),
    });
  }

  private renderThemes(data: Record<string, unknown>, languages: string[], context: ControlContext) {
    const draft = this.draft!;
    const ui = this.translator.language;
    const themes = asList(data.themes);
    const iconChoices: (readonly [string, string])[] = ICON_NAMES.map((name) => [name, name] as const);
    return groupControl(
      ['themes'],
      this.t('editor.deck.themes'),
      html`${themes.map((value, i) => {
          const theme = asRecord(value) ?? {};
          const n = i + 1;
          const title =
            localizeIn(asRecord(theme.title) as Record<string, string> | undefined, [
              ui,
              draft.defaultLanguage,
            ]) || asText(theme.id);
          const colour = asText(theme.colour);
          const svg = iconSvg(theme.icon);
          return groupControl(
            ['themes', i],
            this.t('editor.deck.themeHeading', { n, title }),
            html`<div class="theme">
              <div class="pair">
                ${languages.map((language) =>
                  textControl(
                    ['themes', i, 'title', language],
                    {
                      label:
                        languages.length > 1
                          ? `${this.t('editor.deck.themeTitle')} (${nameOf(language, ui)})`
                          : this.t('editor.deck.themeTitle'),
                      value: asText(valueAt(theme, ['title', language])),
                      lang: language,
                      onInput: (text) => this.set(['themes', i, 'title', language], text),
                    },
                    context,
                  ),
                )}
              </div>
              <div class="pair">
                ${textControl(
                  ['themes', i, 'id'],
                  {
                    label: this.t('editor.deck.themeId'),
                    value: this._takenTheme?.index === i ? this._takenTheme.id : asText(theme.id),
                    onChange: (id) => this.changeThemeId(i, asText(theme.id), id.trim()),
                  },
                  this._takenTheme?.index === i
                    ? this.withTakenTheme(context, i, this._takenTheme.id)
                    : context,
                )}
                <div class="swatch">
                  ${textControl(
                    ['themes', i, 'colour'],
                    {
                      label: this.t('editor.deck.themeColourHex'),
                      value: colour,
                      onChange: (text) => this.set(['themes', i, 'colour'], text.trim()),
                    },
                    context,
                  )}
                  <div class="control">
                    <label class="label" for=${`colour-picker-${i}`}
                      >${this.t('editor.deck.themeColour')}</label
                    >
                    <input
                      id=${`colour-picker-${i}`}
                      type="color"
                      .value=${sixDigits(colour)}
                      @change=${(e: Event) => this.set(['themes', i, 'colour'], (e.target as HTMLInputElement).value)}
                    />
                  </div>
                </div>
                <div class="swatch">
                  ${selectControl(
                    ['themes', i, 'icon'],
                    {
                      label: this.t('editor.deck.themeIcon'),
                      value: asText(theme.icon),
                      choices: iconChoices,
                      onChange: (icon) => this.set(['themes', i, 'icon'], icon),
                    },
                    context,
                  )}
                  ${svg ? html`<span class="icon-preview" aria-hidden="true">${unsafeSVG(svg)}</span>` : nothing}
                </div>
              </div>
              <button
                type="button"
                data-remove="theme"
                @click=${() => {
                  this._takenTheme = undefined;
                  this.edit({ type: 'deleteTheme', id: asText(theme.id) });
                  this.announce(this.t('editor.deck.themeRemoved'));
                  this.focusAfterRemove('theme', i, '#add-theme');
                }}
              >
                ${this.t('editor.deck.removeTheme', { n })}
              </button>
            </div>`,
            context,
          );
        })}
        <button
          type="button"
          id="add-theme"
          @click=${() => {
            this.edit({ type: 'addTheme' });
            this.announce(this.t('editor.deck.themeAdded'));
          }}
        >
          ${this.t('editor.deck.addTheme')}
        </button>`,
      context,
    );
  }
}
