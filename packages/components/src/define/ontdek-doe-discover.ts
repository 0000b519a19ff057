/**
 * Registers `<ontdek-doe-discover>` and the `<ontdek-doe-card>` it shows. A tag that is already
 * defined is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-discover.js';
 */
import './ontdek-doe-card.ts';
import { OntdekDoeDiscover } from '../ontdek-doe-discover/ontdek-doe-discover.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-discover', OntdekDoeDiscover);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-discover': OntdekDoeDiscover;
  }
}
