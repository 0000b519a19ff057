import { cardText, type GamePlugin, type PluginContext } from '@ontdek-doe/core';

/** The part of the Web Speech API the plugin uses (`window.speechSynthesis`, or a stub in tests). */
export interface SpeechSynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  readonly speaking?: boolean;
}

/** Options of {@link readAloudPlugin}. */
export interface ReadAloudOptions {
  /** Defaults to `globalThis.speechSynthesis`; `null` means: no speech here. */
  synth?: SpeechSynthesisLike | null;
  /** Makes an utterance; defaults to `new SpeechSynthesisUtterance(text)`. */
  utterance?: (text: string) => SpeechSynthesisUtterance;
  /** Speaking rate, 0.1–10 (default 0.9: a little slower than usual, easier to follow). */
  rate?: number;
}

/** What the read-aloud plugin says, and in which language. */
export interface SpokenText {
  text: string;
  /** The language the text is in (the player's, or the deck's default when the card has no text in it). */
  language: string;
}

/** The `od:read-aloud` plugin, with the methods the read-aloud button calls. */
export interface ReadAloudPlugin extends GamePlugin {
  /** True when this browser can speak (`speechSynthesis` exists). */
  readonly supported: boolean;
  /** The question of the card in play, as the current player sees it; null when there is none. */
  current(): SpokenText | null;
  /** Speaks the question of the card in play, in its language. Returns false when there is nothing to say or no speech. */
  speak(): boolean;
  /**
   * Speaks any text in `language`: the question of a step (a goal step, what matters, a check-in),
   * which is UI text rather than a card. Returns false when there is nothing to say or no speech.
   */
  say(text: string, language: string): boolean;
  /** Stops speaking. */
  stop(): void;
}

function defaultSynth(): SpeechSynthesisLike | null {
  try {
    return (globalThis as { speechSynthesis?: SpeechSynthesisLike }).speechSynthesis ?? null;
  } catch {
    return null;
  }
}

/**
 * The voice that fits a language best, among the device's own voices only (a remote voice would
 * send the question to a speech service): the exact language first, then the same primary
 * language. Null when the device has none: the browser then picks by `utterance.lang`.
 */
function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const wanted = language.toLowerCase();
  const primary = wanted.split('-')[0] ?? wanted;
  const local = voices.filter((v) => v.localService);
  const lang = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return (
    local.find((v) => lang(v) === wanted) ?? local.find((v) => lang(v).split('-')[0] === primary) ?? null
  );
}

/**
 * Built-in plugin `od:read-aloud`: reads the question of the card in play out loud, through the
 * browser's `speechSynthesis`, in the language the question is shown in (with a voice for that
 * language when the device has one), and with `say` any other step's question in the game's
 * language. It follows the game through the public plugin API only: it
 * stops speaking when another card is shown (`cardShown`), and reads the current text from the
 * session, so a player who switches language or easy reading hears the text they now see.
 *
 * Nothing leaves the device: speech is made by the browser. Where there is no `speechSynthesis`,
 * `supported` is false and `<ontdek-doe-game>` shows no read-aloud button.
 *
 * @example
 * const readAloud = readAloudPlugin();
 * const game = createGame({ deck, plugins: [readAloud] });
 * if (readAloud.supported) button.onclick = () => readAloud.speak();
 */
export function readAloudPlugin(options: ReadAloudOptions = {}): ReadAloudPlugin {
  const synth = options.synth === undefined ? defaultSynth() : options.synth;
  const makeUtterance =
    options.utterance ??
    ((text: string) => {
      const Utterance = (globalThis as { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
        .SpeechSynthesisUtterance;
      if (!Utterance) throw new Error('No SpeechSynthesisUtterance');
      return new Utterance(text);
    });
  const rate = options.rate ?? 0.9;
  let ctx: PluginContext | null = null;

  function current(): SpokenText | null {
    if (!ctx) return null;
    const session = ctx.getSession();
    const inPlay = session.current;
    if (!inPlay) return null;
    const card = ctx.deck.cards.find((c) => c.id === inPlay.cardId);
    const player = session.players.find((p) => p.id === inPlay.playerId);
    if (!card || !player) return null;
    const shown = cardText(card, ctx.deck, player.language, player.reading);
    return { text: shown.text, language: shown.language };
  }

  function stop() {
    try {
      synth?.cancel();
    } catch {
      // a browser without working speech: nothing to stop
    }
  }

  function say(text: string, language: string): boolean {
    if (!synth || !text.trim()) return false;
    try {
      synth.cancel();
      const utterance = makeUtterance(text);
      utterance.lang = language;
      utterance.rate = rate;
      const voice = voiceFor(synth.getVoices(), language);
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
      return true;
    } catch (cause) {
      ctx?.report({
        code: 'read-aloud-failed',
        plugin: 'od:read-aloud',
        message: {
          nl: 'Voorlezen lukt niet op dit apparaat.',
          en: 'Reading aloud does not work on this device.',
        },
        cause,
      });
      return false;
    }
  }

  return {
    name: 'od:read-aloud',
    supported: synth !== null,
    setup(context) {
      ctx = context;
    },
    cardShown() {
      stop();
    },
    sessionEnded() {
      stop();
    },
    dispose() {
      stop();
      ctx = null;
    },
    current,
    stop,
    speak() {
      const spoken = current();
      return spoken ? say(spoken.text, spoken.language) : false;
    },
    say,
  };
}
