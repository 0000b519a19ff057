/**
 * @ontdek-doe/components — Lit web components for Ontdek & Doe.
 *
 * Importing this entry registers nothing: import `@ontdek-doe/components/define/<tag>.js` to
 * register an element, or call `customElements.define` with a class under your own tag.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-card.js';
 * import { OdAnswerEvent, createI18n } from '@ontdek-doe/components';
 */
// ── Phase elements: what matters, goals, summary, check-in, follow-up start ──
export { OdPhaseElement } from './base/OdPhaseElement.ts';
export { OntdekDoeMatters } from './ontdek-doe-matters/ontdek-doe-matters.ts';
export { OntdekDoeGoals } from './ontdek-doe-goals/ontdek-doe-goals.ts';
export { GOAL_STEPS, type GoalStep } from './ontdek-doe-goals/goalDraft.ts';
export { OntdekDoeSummary } from './ontdek-doe-summary/ontdek-doe-summary.ts';
export { summaryFileName, downloadJson } from './ontdek-doe-summary/downloadSummary.ts';
export { OntdekDoeCheckin } from './ontdek-doe-checkin/ontdek-doe-checkin.ts';
export { OntdekDoeFollowupStart } from './followUp/ontdek-doe-followup-start.ts';
export {
  checkSummary,
  readSummaryFiles,
  startFollowUp,
  MAX_SUMMARY_BYTES,
  type SummaryFile,
  type SummaryFileProblem,
  type SummaryFileProblemCode,
} from './followUp/startFollowUp.ts';
export {
  OdAnnounceEvent,
  OdSummaryTakenEvent,
  OdFollowUpReadyEvent,
  OdDeckChooseEvent,
  type OdFollowUpReadyDetail,
  type OdDeckChooseDetail,
  type SetupDraft,
} from './events.ts';
// ── Foundation ──
export { OdElement, baseStyles } from './base/OdElement.ts';
export { OntdekDoeCard } from './ontdek-doe-card/ontdek-doe-card.ts';
export { GameController } from './controllers/GameController.ts';
export { gameContext, type GameContextValue } from './context/gameContext.ts';
export {
  createI18n,
  fallbackMessage,
  resolveUiLanguage,
  UI_LANGUAGES,
  DEFAULT_UI_LANGUAGE,
  type OdI18n,
  type UiLanguage,
  type LanguageResolution,
  type Messages,
  type MessageKey,
  type MessageOverrides,
} from './i18n/createI18n.ts';
export {
  OdEvent,
  OdSessionStartedEvent,
  OdAnswerGivenEvent,
  OdGoalSetEvent,
  OdSessionFinishedEvent,
  OdErrorEvent,
  OdAnswerEvent,
  OdPassEvent,
  type OdErrorDetail,
  type OdAnswerDetail,
} from './events.ts';
export { token, tokenProperty, TOKEN_DEFAULTS, type TokenName } from './styles/tokens.ts';
export { defineElement } from './base/defineElement.ts';
export { OntdekDoeGame, type DeckChoice } from './ontdek-doe-game/ontdek-doe-game.ts';
export { OntdekDoeSetup, type DeckChoiceLabel } from './ontdek-doe-setup/ontdek-doe-setup.ts';
export { OntdekDoeDiscover } from './ontdek-doe-discover/ontdek-doe-discover.ts';
export { OdScreenElement } from './base/OdScreenElement.ts';
export {
  readAloudPlugin,
  type ReadAloudPlugin,
  type ReadAloudOptions,
  type SpokenText,
} from './plugins/readAloud.ts';
export { type OdSessionStartedDetail, type OdSessionFinishedDetail } from './events.ts';
// ── The deck editor (register with define/ontdek-doe-deck-editor.js) ──
export { OntdekDoeDeckEditor, VALIDATE_DELAY, AUTOSAVE_DELAY } from './deck-editor/ontdek-doe-deck-editor.ts';
export { OntdekDoeEditorList, LIST_PAGE } from './deck-editor/ontdek-doe-editor-list.ts';
export { OntdekDoeEditorCard } from './deck-editor/ontdek-doe-editor-card.ts';
export { OntdekDoeEditorDeck } from './deck-editor/ontdek-doe-editor-deck.ts';
export { OntdekDoeEditorTranslate } from './deck-editor/ontdek-doe-editor-translate.ts';
export {
  OntdekDoeEditorPreview,
  PREVIEW_WIDTHS,
  type PreviewWidth,
} from './deck-editor/ontdek-doe-editor-preview.ts';
export { OntdekDoeEditorProblems } from './deck-editor/ontdek-doe-editor-problems.ts';
export { OntdekDoeEditorOpen, type OpenRequest, type Opener } from './deck-editor/ontdek-doe-editor-open.ts';
export { EditorPart } from './deck-editor/EditorPart.ts';
export {
  OdDeckChangedEvent,
  OdDeckSavedEvent,
  type OdDeckChangedDetail,
  type OdDeckSavedDetail,
} from './deck-editor/deckEditorEvents.ts';
export { createEditorI18n, type EditorI18n, type EditorKey } from './deck-editor/i18n/createEditorI18n.ts';
export { previewCardView } from './deck-editor/previewView.ts';
