/**
 * Registers `<ontdek-doe-checkin>` (the follow-up check-in on earlier goals). A tag that is
 * already defined is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-checkin.js';
 */
import { OntdekDoeCheckin } from '../ontdek-doe-checkin/ontdek-doe-checkin.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-checkin', OntdekDoeCheckin);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-checkin': OntdekDoeCheckin;
  }
}
