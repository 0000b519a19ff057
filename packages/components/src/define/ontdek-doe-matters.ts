/**
 * Registers `<ontdek-doe-matters>` (the "what matters to me" phase). A tag that is already defined
 * is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-matters.js';
 */
import { OntdekDoeMatters } from '../ontdek-doe-matters/ontdek-doe-matters.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-matters', OntdekDoeMatters);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-matters': OntdekDoeMatters;
  }
}
