/**
 * The events `<ontdek-doe-deck-editor>` fires, besides the shared `od-error`: typed `Event`
 * subclasses with `bubbles` and `composed`, added to `GlobalEventHandlersEventMap`. Apart from
 * `src/events.ts` so the game's bundle never carries them.
 *
 * @example
 * editor.addEventListener('od-deck-changed', (e) => console.log(e.detail.playable, e.detail.errors));
 */
import { OdEvent } from '../events.ts';

/** What `od-deck-changed` tells: where the draft is now. Never the deck itself: ask `editor.draft`. */
export interface OdDeckChangedDetail {
  /** The draft's revision (+1 on every change, undo and redo). */
  revision: number;
  /** The deck's id as it is now (may be empty or invalid in a draft). */
  deckId: string;
  cards: number;
  /** True when the deck has no errors (warnings allowed) and can be played. */
  playable: boolean;
  errors: number;
  warnings: number;
}

/** The deck in the editor changed: an edit, an undo or redo, or another deck was opened. */
export class OdDeckChangedEvent extends OdEvent<OdDeckChangedDetail> {
  static readonly eventName = 'od-deck-changed';
  constructor(detail: OdDeckChangedDetail) {
    super(OdDeckChangedEvent.eventName, detail);
  }
}

/** What `od-deck-saved` tells: which files, and how they left the editor. */
export interface OdDeckSavedDetail {
  /** The file names written: the source files and the JSON. */
  files: string[];
  /** `file-system`: written back into the files the trainer opened; `download`: offered as downloads. */
  how: 'file-system' | 'download';
  revision: number;
  playable: boolean;
}

/** The trainer saved the deck (as a draft when it still has errors). */
export class OdDeckSavedEvent extends OdEvent<OdDeckSavedDetail> {
  static readonly eventName = 'od-deck-saved';
  constructor(detail: OdDeckSavedDetail) {
    super(OdDeckSavedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'od-deck-changed': OdDeckChangedEvent;
    'od-deck-saved': OdDeckSavedEvent;
  }
}
