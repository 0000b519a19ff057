/**
 * Registers `<ontdek-doe-setup>`. A tag
 * that is already defined is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-setup.js';
 */
import { OntdekDoeSetup } from '../ontdek-doe-setup/ontdek-doe-setup.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-setup', OntdekDoeSetup);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-setup': OntdekDoeSetup;
  }
}
