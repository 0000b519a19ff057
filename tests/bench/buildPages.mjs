// @ts-check
// Builds the benchmark's pages into dist/: each page is one HTML file and ONE minified ES module
// bundled by esbuild (the way examples/embed-html builds the game), plus what it fetches.
//   dist/game/    index.html, game.js (<ontdek-doe-game> and the start-at-once plugin), deck.json, icons/
//   dist/survey/  index.html, survey.js (survey-core + survey-js-ui), survey-core.fontless.min.css, survey.json
//   dist/blank/   index.html (the heap of a page with no app: the harness's own share)
// and, for the editor benchmark (editor.mjs), on its own:
//   dist/editor/  index.html, editor.js (<ontdek-doe-deck-editor> alone), groot.json (a big deck)
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { basicDeck } from '@ontdek-doe/content';
import { drawOrder, makeBenchDeck } from './benchDeck.mjs';
import { bigDeck } from './bigDeck.mjs';
import { deckToSurvey } from './surveyJson.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');
/** The editor page's deck, as the editor is asked to open it (a URL relative to the page). */
export const EDITOR_DECK = 'groot.json';

/** @param {string} entry @param {string} outfile */
async function bundle(entry, outfile) {
  await build({
    entryPoints: [join(here, 'pages', entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    logOverride: { 'ignored-bare-import': 'silent' },
  });
}

/** The survey-core version and survey-js-ui version installed (they must be the same). */
export async function surveyVersions() {
  const version = async (/** @type {string} */ name) =>
    JSON.parse(await readFile(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { core: await version('survey-core'), ui: await version('survey-js-ui') };
}

/** Throws a plain message when the components' entry `define` (e.g. `ontdek-doe-game`) is not built. */
async function needComponents(/** @type {string} */ define) {
  const entry = fileURLToPath(import.meta.resolve(`@ontdek-doe/components/define/${define}.js`));
  await readFile(entry).catch(() => {
    throw new Error('The components are not built: run `pnpm build` first.');
  });
}

/**
 * Builds the three pages. Returns the deck, the order its cards are drawn in, and the survey JSON.
 */
export async function buildPages() {
  await needComponents('ontdek-doe-game');
  const versions = await surveyVersions();
  if (versions.core !== versions.ui)
    throw new Error(`survey-js-ui ${versions.ui} needs survey-core ${versions.ui}, not ${versions.core}.`);

  const deck = makeBenchDeck(/** @type {import('@ontdek-doe/core').Deck} */ (basicDeck));
  const order = drawOrder(deck);
  const survey = deckToSurvey(deck, order, 'nl');

  await rm(DIST, { recursive: true, force: true });
  const game = join(DIST, 'game');
  const surveyDir = join(DIST, 'survey');
  const blank = join(DIST, 'blank');
  for (const dir of [game, surveyDir, blank]) await mkdir(dir, { recursive: true });

  await bundle('game.js', join(game, 'game.js'));
  await copyFile(join(here, 'pages/game.html'), join(game, 'index.html'));
  await writeFile(join(game, 'deck.json'), JSON.stringify(deck));
  const icons = dirname(fileURLToPath(import.meta.resolve('@ontdek-doe/content/icons/sun.svg')));
  await cp(icons, join(game, 'icons'), { recursive: true, filter: (src) => !src.endsWith('.md') });

  await bundle('survey.js', join(surveyDir, 'survey.js'));
  await copyFile(join(here, 'pages/survey.html'), join(surveyDir, 'index.html'));
  await copyFile(
    join(here, 'node_modules/survey-core/survey-core.fontless.min.css'),
    join(surveyDir, 'survey-core.fontless.min.css'),
  );
  await writeFile(join(surveyDir, 'survey.json'), JSON.stringify(survey));

  await copyFile(join(here, 'pages/blank.html'), join(blank, 'index.html'));
  return { deck, order, survey, versions };
}

/**
 * Builds dist/editor: a page with only `<ontdek-doe-deck-editor>`, and a deck of `cards` cards (the
 * default deck's cards over and over) that the benchmark opens through the editor from its URL.
 * Returns the directory, to be served.
 * @param {number} cards
 */
export async function buildEditorPage(cards) {
  await needComponents('ontdek-doe-deck-editor');
  const dir = join(DIST, 'editor');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await bundle('editor.js', join(dir, 'editor.js'));
  await copyFile(join(here, 'pages/editor.html'), join(dir, 'index.html'));
  const deck = bigDeck(/** @type {import('@ontdek-doe/core').Deck} */ (basicDeck), cards);
  await writeFile(join(dir, EDITOR_DECK), JSON.stringify(deck));
  return dir;
}
