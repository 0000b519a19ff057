/**
 * Registers `<ontdek-doe-summary>` (the closing summary per player). A tag that is already
 * defined is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-summary.js';
 */
import { OntdekDoeSummary } from '../ontdek-doe-summary/ontdek-doe-summary.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-summary', OntdekDoeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-summary': OntdekDoeSummary;
  }
}
