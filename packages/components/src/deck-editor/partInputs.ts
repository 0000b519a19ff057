import { noChange, nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { DeckDraft } from '@ontdek-doe/content/editing';
import type { EditorI18n } from './i18n/createEditorI18n.ts';
import type { ProblemIndex } from './problemIndex.ts';

/** What `<ontdek-doe-deck-editor>` hands every part (see `EditorPart`). */
export interface PartInputs {
  draft: DeckDraft | null;
  revision: number;
  problems: ProblemIndex;
  i18n: EditorI18n | null;
}

/**
 * Sets the inputs every editor part takes, in one binding instead of four on each of the six parts:
 * `<ontdek-doe-editor-list ${partInputs(common)} .selected=${id}>`. Each is set as a property, so
 * the part's own change check decides whether it draws again.
 */
class PartInputsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('partInputs() belongs on an element');
  }

  render(_inputs: PartInputs): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [inputs]: [PartInputs]): typeof noChange {
    Object.assign(part.element, inputs);
    return noChange;
  }
}

export const partInputs = directive(PartInputsDirective);
