/** The game: the facade, the machine, derived views, summaries and follow-ups. */
export { createGame } from './createGame.ts';
export type { CreateGameOptions, Game, GameView, SendResult } from './createGame.ts';
export { restoreGame } from './restoreGame.ts';
export type { RestoreResult } from './restoreGame.ts';
export { followUpFrom } from './followUpFrom.ts';
export { buildSummary, describeAnswer, LENS_OF_FAMILY } from './buildSummary.ts';
export type { SummaryOptions } from './buildSummary.ts';
export { createGameMachine, stateToString, phaseOf } from './gameMachine.ts';
export type { GameMachine, GameMachineDeps } from './gameMachine.ts';
export { cardView, leaderCardView, progressView } from './views.ts';
export type { CardView, LeaderCardView, ProgressView } from './views.ts';
export { checkSettings, checkLanguage } from './checkSettings.ts';
export { checkAnswer } from './checkAnswer.ts';
export type { AnswerKindValidator } from './checkAnswer.ts';
export { MAX_GOALS, MAX_MATTERS, MAX_PLAYERS, MAX_TEXT, MAX_ALIAS } from './Rejection.ts';
export type { Rejection } from './Rejection.ts';
export { shuffle } from './random.ts';
