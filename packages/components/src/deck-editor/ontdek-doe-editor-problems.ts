import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { EditorProblem } from '@ontdek-doe/content/editing';
import { token } from '../styles/tokens.ts';
import { EditorPart } from './EditorPart.ts';
import { LIST_PAGE } from './ontdek-doe-editor-list.ts';
import { asRecord, asText } from './paths.ts';

/**
 * Every problem of the deck in one place: the errors (the deck cannot be played), the warnings,
 * and the readability findings, each with where it is and a button that moves focus to its field.
 *
 * @tagname ontdek-doe-editor-problems
 * @summary The deck editor's list of every problem.
 */
export class OntdekDoeEditorProblems extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      ol {
        margin: 0;
        padding-inline-start: ${token.spaceL};
        display: grid;
        gap: ${token.spaceS};
      }
      li p {
        margin: 0;
      }
      .where {
        font-weight: 600;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    _limits: { state: true, attribute: false },
  };

  declare private _limits: Record<'errors' | 'warnings' | 'readability', number>;

  constructor() {
    super();
    this._limits = { errors: LIST_PAGE, warnings: LIST_PAGE, readability: LIST_PAGE };
  }

  /** Moves focus to the view's heading. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#problems-heading')?.focus();
  }

  override render() {
    const all = this.problems.all;
    const errors = all.filter((p) => p.severity === 'error');
    const warnings = all.filter((p) => p.severity === 'warning' && p.kind !== 'readability');
    const readability = all.filter((p) => p.severity === 'warning' && p.kind === 'readability');
    return html`<section class="panel" aria-labelledby="problems-heading">
      <h3 id="problems-heading" tabindex="-1">${this.t('editor.problems.heading')}</h3>
      ${all.length === 0 ? html`<p>${this.t('editor.problems.none')}</p>` : nothing}
      ${this.renderGroup('errors', this.t('editor.problems.errors'), errors)}
      ${this.renderGroup('warnings', this.t('editor.problems.warnings'), warnings)}
      ${this.renderGroup('readability', this.t('editor.problems.readability'), readability)}
    </section>`;
  }

  private renderGroup(name: 'errors' | 'warnings' | 'readability', title: string, problems: EditorProblem[]) {
    if (problems.length === 0) return nothing;
    const limit = this._limits[name];
    return html`<section aria-labelledby=${`group-${name}`} class="panel">
      <h4 id=${`group-${name}`}>${title} (${problems.length})</h4>
      <ol>
        ${problems.slice(0, limit).map(
          (problem) =>
            html`<li>
              <p class="where">${this.where(problem)}</p>
              <p class=${problem.severity === 'error' ? 'problem' : ''}>
                ${problem.message[this.translator.language]}
              </p>
              ${
                this.reachable(problem)
                  ? html`<button type="button" @click=${() => this.go({ problem })}>
                      ${this.t('editor.problems.goTo')}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
      ${
        problems.length > limit
          ? html`<button
              type="button"
              @click=${() => (this._limits = { ...this._limits, [name]: limit + LIST_PAGE })}
            >
              ${this.t('editor.list.more', { count: problems.length - limit })}
            </button>`
          : nothing
      }
    </section>`;
  }

  /** Where a problem is, in words: a card, a theme, the deck, or a file. */
  private where(problem: EditorProblem): string {
    if (problem.cardId !== undefined) return this.t('editor.problems.where.card', { id: problem.cardId });
    if (problem.path[0] === 'themes' && typeof problem.path[1] === 'number') {
      const theme = asRecord((this.draft?.data().themes as unknown[] | undefined)?.[problem.path[1]]);
      return this.t('editor.problems.where.theme', { id: asText(theme?.id) || problem.path[1] + 1 });
    }
    if (problem.path.length === 0 && problem.file)
      return `${this.t('editor.problems.where.source')}: ${problem.file}${problem.line ? `:${problem.line}` : ''}`;
    return this.t('editor.problems.where.deck');
  }

  /** A problem has a field to go to when it is about a card or a place in the deck. */
  private reachable(problem: EditorProblem): boolean {
    return problem.cardId !== undefined || problem.path.length > 0 || problem.field !== undefined;
  }
}
