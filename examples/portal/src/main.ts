/**
 * The portal page's one script: registers `<ontdek-doe-game>`, gives it the basis deck and the
 * portal's own storage (IndexedDB, see portalStorage.ts). A session started here resumes after a
 * reload or a later visit, in this browser only.
 */
import '@ontdek-doe/components/define/ontdek-doe-game.js';
import { basicDeck } from '@ontdek-doe/content';
import { portalStorage } from './portalStorage.ts';

const game = document.querySelector('ontdek-doe-game');
if (game) {
  game.storageAdapter = portalStorage();
  game.deck = basicDeck;
}
