/**
 * The script of the strict-CSP test page (`/__od__/csp.html`, served by a small plugin in
 * vitest.browser.config.ts with `Content-Security-Policy: default-src 'self'; script-src 'self';
 * style-src 'self'`). It records every CSP violation, then registers the game element.
 */
import './cspWatch.ts';
import '../define/ontdek-doe-game.ts';
import { gameDeck } from './gameDeck.ts';

const game = document.querySelector('ontdek-doe-game');
if (game) game.deck = gameDeck;
