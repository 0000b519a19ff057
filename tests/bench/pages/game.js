// The game page's one script: the element as examples/embed-html bundles it, plus what a host that
// wants play to start at once passes: a plugin whose setup hook starts the session with fixed
// settings (the element has no attribute that skips its setup form).
import '@ontdek-doe/components/define/ontdek-doe-game.js';
import { BENCH_SETTINGS } from '../benchSettings.mjs';

/** @type {import('@ontdek-doe/core').GamePlugin} */
const startAtOnce = {
  name: 'bench:start-at-once',
  setup(ctx) {
    ctx.send({ type: 'session.start', settings: BENCH_SETTINGS });
  },
};

const game = document.querySelector('ontdek-doe-game');
if (game) game.plugins = [startAtOnce];
