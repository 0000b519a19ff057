/**
 * The group page's one script: registers `<ontdek-doe-game>` and gives it the basis deck as a
 * property (no deck request at all). The leader sets up the players on the shared screen.
 */
import '@ontdek-doe/components/define/ontdek-doe-game.js';
import { basicDeck } from '@ontdek-doe/content';

const game = document.querySelector('ontdek-doe-game');
if (game) game.deck = basicDeck;
