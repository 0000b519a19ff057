/**
 * Registers `<ontdek-doe-card>`. Importing this file is the only side effect of the package: the
 * classes themselves register nothing. A tag that is already defined (by another copy of this
 * package, or by the host) is left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-card.js';
 */
import { OntdekDoeCard } from '../ontdek-doe-card/ontdek-doe-card.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-card', OntdekDoeCard);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-card': OntdekDoeCard;
  }
}
