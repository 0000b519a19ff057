/**
 * Registers `<ontdek-doe-followup-start>` (load downloaded summaries, start a follow-up). A tag
 * that is already defined is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-followup-start.js';
 */
import { OntdekDoeFollowupStart } from '../followUp/ontdek-doe-followup-start.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-followup-start', OntdekDoeFollowupStart);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-followup-start': OntdekDoeFollowupStart;
  }
}
