// @ts-check
// Builds the benchmark's pages into dist/: each page is one HTML file and ONE minified ES module
// bundled by esbuild (the way examples/embed-html builds the game), plus what it fetches.
//   dist/game/    index.html, game.js (<ontdek-doe-game> and the start-at-once plugin), deck.json, icons/
//   dist/survey/  index.html, survey.js (survey-core + survey-js-ui), survey-core.fontless.min.css, survey.json
//   dist/blank/   index.html (the heap of a page with no app: the harness's own share)
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { basicDeck } from '@ontdek-doe/content';
import { drawOrder, makeBenchDeck } from './benchDeck.mjs';
import { deckToSurvey } from './surveyJson.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');

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

/**
 * Builds the three pages. Returns the deck, the order its cards are drawn in, and the survey JSON.
 */
export async function buildPages() {
  const components = fileURLToPath(import.meta.resolve('@ontdek-doe/components/define/ontdek-doe-game.js'));
  await readFile(components).catch(() => {
    throw new Error('The components are not built: run `pnpm build` first.');
  });
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
