/**
 * Internal events between the deck editor's parts and the editor element. The editor stops them:
 * a host page never hears them (its events are `od-deck-changed`, `od-deck-saved`, `od-error`).
 */
import type { EditorProblem } from '@ontdek-doe/content/editing';
import { OdEvent } from '../events.ts';

/** A view of the editor. */
export type EditorView = 'cards' | 'deck' | 'translate' | 'problems';

/** Where a part asks the editor to go. */
export interface EditorGoDetail {
  /** The view to show; the cards view when a card is given. */
  view?: EditorView;
  /** The card to select. */
  cardId?: string;
  /** The problem whose field should get focus (the view and card follow from it). */
  problem?: EditorProblem;
  /** A field of the card form to move focus to once the card shows, e.g. `prompt` for a new card. */
  focusField?: string;
}

/** A part asks the editor to show a view, select a card, or move focus to a problem's field. */
export class OdEditorGoEvent extends OdEvent<EditorGoDetail> {
  static readonly eventName = 'od-editor-go';
  constructor(detail: EditorGoDetail) {
    super(OdEditorGoEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'od-editor-go': OdEditorGoEvent;
  }
}
