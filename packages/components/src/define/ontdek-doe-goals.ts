/**
 * Registers `<ontdek-doe-goals>` (the Do phase: goals and first steps). A tag that is already
 * defined is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-goals.js';
 */
import { OntdekDoeGoals } from '../ontdek-doe-goals/ontdek-doe-goals.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-goals', OntdekDoeGoals);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-goals': OntdekDoeGoals;
  }
}
