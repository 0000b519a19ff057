import { nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { ContextConsumer } from '@lit/context';
import type { Deck, Game, GameEvent, GameView, LanguageCode, Rejection, SendResult } from '@ontdek-doe/core';
import { GameController } from '../controllers/GameController.ts';
import { gameContext } from '../context/gameContext.ts';
import { OdAnnounceEvent } from '../events.ts';
import { createI18n, type MessageKey, type OdI18n } from '../i18n/createI18n.ts';
import { readAloudButton } from '../phases/readAloudButton.ts';
import { OdElement } from './OdElement.ts';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The base of the phase elements that live inside `<ontdek-doe-game>` (what matters, goals,
 * summary, check-in): it consumes `gameContext` (`subscribe: true`), follows the game through a
 * `GameController` so every change re-renders, sends events, turns refusals into text in the UI
 * language, and asks the game element for announcements with `od-announce`.
 *
 * Headings: the element's main heading is an `h{headingLevel}` (2 by default) with
 * `tabindex="-1"` and `data-heading`; `focusHeading()` moves focus there, and the element calls it
 * itself when it moves to a new step inside its phase (the game element does it for a new phase).
 *
 * @example
 * class MyPhase extends OdPhaseElement {
 *   override render() {
 *     return this.heading('matters.heading');
 *   }
 * }
 */
export class OdPhaseElement extends OdElement {
  static override properties: PropertyDeclarations = {
    ...OdElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The level of the element's main heading (2 by default); sub-headings are one deeper. */
  declare headingLevel: number;

  /** Follows the game from the context; `gameState.view` is the latest view. */
  protected readonly gameState = new GameController(this);
  private readonly context = new ContextConsumer(this, {
    context: gameContext,
    subscribe: true,
    callback: (value) => {
      this.gameState.game = value?.game ?? null;
    },
  });
  private ownI18n: OdI18n | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** The game from the surrounding game element, or null. */
  protected get game(): Game | null {
    return this.gameState.game;
  }

  /** The latest view of the game, or null. */
  protected get view(): GameView | null {
    return this.gameState.view;
  }

  /** The deck of the game, or null. */
  protected get deck(): Deck | null {
    return this.gameState.game?.deck ?? null;
  }

  /** The game element's translator, or this element's own when it stands alone. */
  protected get i18n(): OdI18n {
    const shared = this.context.value?.i18n;
    if (shared) return shared;
    const wanted = this.effectiveLang;
    if (!this.ownI18n) this.ownI18n = createI18n(wanted);
    else if (this.ownI18n.resolution.requested !== wanted) this.ownI18n.setLanguage(wanted);
    return this.ownI18n;
  }

  /** A UI message in the current language. */
  protected t(key: MessageKey, options?: Record<string, unknown>): string {
    return this.i18n.t(key, options);
  }

  /** A refusal of the core in the UI language. */
  protected reasonText(reason: Rejection): string {
    return this.i18n.language === 'en' ? reason.message.en : reason.message.nl;
  }

  /** Sends an event to the game (refused with `no-game` when there is none). */
  protected send(event: GameEvent): SendResult {
    return this.gameState.send(event);
  }

  /** Asks the game element to say `message` in its polite live region. */
  protected announce(message: string): void {
    this.dispatchEvent(new OdAnnounceEvent({ message }));
  }

  /** The language deck text is most likely in for a player: theirs when the deck has it, else the deck's default. */
  protected deckLanguage(language: LanguageCode | undefined): LanguageCode {
    const deck = this.deck;
    if (!deck) return language ?? 'nl';
    return language && deck.languages.includes(language) ? language : deck.defaultLanguage;
  }

  /**
   * A "Lees voor" button that reads `text` (a step's question) in the UI language, through the
   * game's `od:read-aloud` plugin; nothing where the browser cannot speak or there is no game
   * element. Put it right after the step's heading. (Add `readAloudStyles` to the element.)
   */
  protected readAloudButton(text: string) {
    const readAloud = this.context.value?.readAloud;
    if (!readAloud?.supported) return nothing;
    const language = this.i18n.language;
    return readAloudButton({
      label: this.t('readAloud.button'),
      lang: language,
      onClick: () => readAloud.say(text, language),
    });
  }

  /** Moves focus to the element's main heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  /** Focuses the heading once the next render is done. */
  protected async focusHeadingSoon(): Promise<void> {
    await this.updateComplete;
    this.focusHeading();
  }

  /** A heading tag `depth` levels below the main heading (0 is the main heading itself). */
  protected headingTag(depth = 0): StaticValue {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2) + depth));
    return HEADINGS[level - 1] ?? HEADINGS[1]!;
  }

  /** The main heading: focusable from script, the target of `focusHeading()`. */
  protected mainHeading(text: string, id = 'heading') {
    const tag = this.headingTag(0);
    return staticHtml`<${tag} id=${id} class="heading" part="heading" tabindex="-1" data-heading>${text}</${tag}>`;
  }

  /**
   * A sub-heading one level below the main one. A `focusable` one gets `tabindex="-1"` so focus
   * can be moved there (the heading of a new step).
   */
  protected subHeading(text: string, options: { id?: string; part?: string; focusable?: boolean } = {}) {
    const tag = this.headingTag(1);
    const { id, part = 'subheading', focusable = false } = options;
    return staticHtml`<${tag} id=${ifDefined(id)} class="subheading" part=${part} tabindex=${ifDefined(focusable ? '-1' : undefined)}>${text}</${tag}>`;
  }
}
