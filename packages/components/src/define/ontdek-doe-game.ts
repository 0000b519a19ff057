/**
 * Registers `<ontdek-doe-game>` and every element it uses that this package has: the setup form,
 * the discover screen, the card, the phase elements after discover (what matters, goals,
 * summary, check-in), and the follow-up start. Tags that are already defined are left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-game.js';
 */
import './ontdek-doe-card.ts';
import './ontdek-doe-setup.ts';
import './ontdek-doe-discover.ts';
import './ontdek-doe-matters.ts';
import './ontdek-doe-goals.ts';
import './ontdek-doe-summary.ts';
import './ontdek-doe-checkin.ts';
import './ontdek-doe-followup-start.ts';
import { OntdekDoeGame } from '../ontdek-doe-game/ontdek-doe-game.ts';
import { defineElement } from '../base/defineElement.ts';

defineElement('ontdek-doe-game', OntdekDoeGame);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-game': OntdekDoeGame;
  }
}
