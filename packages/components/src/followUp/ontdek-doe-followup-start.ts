import { html, nothing, type PropertyDeclarations } from 'lit';
import type { PlayerSummary } from '@ontdek-doe/core';
import { OdPhaseElement } from '../base/OdPhaseElement.ts';
import { OdFollowUpReadyEvent } from '../events.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { phaseStyles } from '../styles/phaseStyles.ts';
import {
  readSummaryFiles,
  startFollowUp,
  type SummaryFile,
  type SummaryFileProblem,
} from './startFollowUp.ts';
import { followUpStartStyles } from './ontdek-doe-followup-start.styles.ts';

/**
 * Lets a game leader start a follow-up from the summaries players downloaded: a native
 * `<input type="file" multiple accept="application/json">` (files are read on this device only;
 * its label is the visible button, so it speaks the game's language, not the browser's),
 * a list of the summaries chosen (more can be added), a plain message for each file that cannot
 * be used (not JSON, not a summary, a broken goal, too big, chosen twice) — never a crash — and
 * "Begin het vervolg", which calls the core's `followUpFrom` and fires `od-followup-ready` with
 * the `FollowUpSource` (the game element starts a follow-up game with it). When the core refuses
 * (summaries of different decks), its words are shown.
 *
 * Works inside `<ontdek-doe-game>` (its translator) or on its own (the page's `lang`).
 *
 * @tagname ontdek-doe-followup-start
 * @summary Load downloaded summaries and start a follow-up session on their goals.
 *
 * @fires {OdFollowUpReadyEvent} od-followup-ready - `{ followUp: FollowUpSource, summaries: PlayerSummary[] }`.
 * @fires {OdAnnounceEvent} od-announce - Asks the game element to announce what was read, and problems.
 *
 * @csspart panel - The panel.
 * @csspart heading - The main heading.
 * @csspart field - The file input.
 * @csspart error - A message about a file, or the core's refusal.
 * @csspart button - Every button; `button-primary` is "Begin het vervolg".
 */
export class OntdekDoeFollowupStart extends OdPhaseElement {
  static override styles = [OdPhaseElement.styles, phaseStyles, followUpStartStyles];

  static override properties: PropertyDeclarations = {
    ...OdPhaseElement.properties,
    _files: { state: true, attribute: false },
    _problems: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _busy: { state: true, attribute: false },
  };

  declare private _files: readonly SummaryFile[];
  declare private _problems: readonly SummaryFileProblem[];
  /** The core's refusal, or a missing choice, in the UI language. */
  declare private _error: string | null;
  declare private _busy: boolean;

  constructor() {
    super();
    this._files = [];
    this._problems = [];
    this._error = null;
    this._busy = false;
  }

  /** The summaries chosen so far (checked, in the order they were chosen). */
  get summaries(): PlayerSummary[] {
    return this._files.map((f) => f.summary);
  }

  /** Reads files as if the leader chose them (also what the file input does). */
  async addFiles(files: Iterable<File>): Promise<void> {
    this._busy = true;
    try {
      const { summaries, problems } = await readSummaryFiles(files, this.summaries);
      this._files = [...this._files, ...summaries];
      this._problems = problems;
      this._error = null;
      const said = [...summaries.map((s) => this.describe(s)), ...problems.map((p) => this.problemText(p))];
      if (said.length > 0) this.announce(said.join(' '));
    } finally {
      this._busy = false;
    }
  }

  /** Clears what was chosen. */
  clear(): void {
    this._files = [];
    this._problems = [];
    this._error = null;
  }

  private describe(f: SummaryFile) {
    return this.t('followup.ok', {
      file: f.file,
      alias: f.summary.player.alias,
      count: f.summary.goals.length,
    });
  }

  private problemText(p: SummaryFileProblem) {
    return this.t(`followup.${p.code}` as MessageKey, { file: p.file });
  }

  override render() {
    return html`
      <section part="panel" class="panel" lang=${this.i18n.language} aria-labelledby="heading">
        <div class="stack">
          ${this.mainHeading(this.t('followup.heading'))}
          <p>${this.t('followup.intro')}</p>
        </div>
        <div class="stack">
          <!-- The native file button speaks the browser's language ("Choose Files"), not the
               game's: it stays focusable but out of sight, and its label is the button. -->
          <input
            id="files"
            part="field"
            class="file"
            type="file"
            multiple
            accept="application/json,.json"
            aria-describedby="files-hint"
            @change=${this.onChange}
          />
          <label part="button" class="file-button" for="files">${this.t('followup.files')}</label>
          <p id="files-hint" class="hint">${this.t('followup.privacy')}</p>
        </div>
        ${
          this._files.length > 0
            ? html`<section class="stack" aria-labelledby="chosen-heading">
                ${this.subHeading(this.t('followup.chosen'), { id: 'chosen-heading' })}
                <ul class="plain chosen">
                  ${this._files.map((f) => html`<li dir="auto">${this.describe(f)}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        ${
          this._problems.length > 0
            ? html`<section class="stack" aria-labelledby="problems-heading">
                ${this.subHeading(this.t('followup.problems'), { id: 'problems-heading' })}
                <ul class="plain problems">
                  ${this._problems.map((p) => html`<li part="error" class="error" dir="auto">${this.problemText(p)}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        <p id="start-error" part="error" class=${this._error ? 'error' : 'error visually-hidden'}>
          ${this._error ?? ''}
        </p>
        <div class="actions">
          <button
            type="button"
            part="button button-primary"
            class="primary"
            aria-describedby="start-error"
            ?disabled=${this._busy}
            @click=${this.onStart}
          >
            ${this.t('followup.start')}
          </button>
        </div>
      </section>
    `;
  }

  private async onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    await this.addFiles(files);
    // The same file can be chosen again after a fix; the list above shows what was read.
    input.value = '';
  }

  private onStart() {
    const summaries = this.summaries;
    if (summaries.length === 0) {
      this._error = this.t('followup.none');
      this.announce(this._error);
      return;
    }
    const result = startFollowUp(summaries);
    if (!result.ok) {
      this._error = result.message
        ? this.i18n.language === 'en'
          ? result.message.en
          : result.message.nl
        : this.t('followup.failed');
      this.announce(this._error);
      return;
    }
    this._error = null;
    this.announce(this.t('followup.ready'));
    this.dispatchEvent(new OdFollowUpReadyEvent({ followUp: result.followUp, summaries }));
  }
}
