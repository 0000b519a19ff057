import { PLUGIN_KIND } from '../deck/deckLimits.ts';
import type {
  AnswerKindDefinition,
  GamePlugin,
  GameProblem,
  InsightsSink,
  PluginContext,
  PluginHook,
  StorageAdapter,
  SummarySection,
} from '../types.ts';

/** The hooks {@link PluginHost.call} can call: every hook but `dispose`. */
export type CallableHook = Exclude<PluginHook, 'dispose'>;

/** The arguments of a hook, without the context the host adds at the end. */
export type HookArgs<H extends CallableHook> =
  NonNullable<GamePlugin[H]> extends (...args: [...infer Args, PluginContext]) => unknown ? Args : never;

/** The result of {@link PluginHost.validateAnswerValue}. */
export type AnswerValueCheck =
  { ok: true } | { ok: false; message: { nl: string; en: string }; details?: string[] };

/** Plain words for each hook, to use in problem messages. */
const moments: Record<PluginHook, { nl: string; en: string }> = {
  setup: { nl: 'het opstarten', en: 'start-up' },
  deckLoaded: { nl: 'het laden van de kaarten', en: 'loading the cards' },
  sessionStarted: { nl: 'de start van het spel', en: 'the start of the game' },
  cardShown: { nl: 'het tonen van een kaart', en: 'showing a card' },
  answerGiven: { nl: 'een antwoord', en: 'an answer' },
  goalSet: { nl: 'een doel', en: 'a goal' },
  sessionEnded: { nl: 'het einde van het spel', en: 'the end of the game' },
  event: { nl: 'een stap in het spel', en: 'a step in the game' },
  snapshot: { nl: 'het bewaren van de stand', en: 'keeping the game state' },
  dispose: { nl: 'het afsluiten', en: 'shutting down' },
};

const order = { pre: 0, normal: 1, post: 2 } as const;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the plugins of one game: orders them, calls their hooks one after the other (each isolated,
 * so a failing plugin is reported and the game goes on) and collects what they contribute (answer
 * kinds, summary sections, storage, insights). The game facade owns one; hosts do not need it.
 *
 * Problem codes: `plugin-invalid` (no name), `plugin-duplicate` (a name used twice; the later one
 * is dropped), `plugin-failed` (a hook threw or rejected), `answer-kind-duplicate` (the first wins),
 * `answer-kind-invalid` (a kind without a `namespace:` prefix, so
 * it could clash with a built-in kind), `summary-section-duplicate`.
 *
 * @example
 * ```ts
 * const host = new PluginHost([storage, debug && logger], (problem) => problems.push(problem));
 * host.bind(ctx);
 * host.call('setup');
 * host.call('cardShown', { card, player });
 * await host.dispose();
 * ```
 */
export class PluginHost {
  readonly #plugins: GamePlugin[];
  readonly #onProblem: (problem: GameProblem) => void;
  readonly #answerKinds = new Map<string, AnswerKindDefinition>();
  readonly #summarySections: SummarySection[] = [];
  #ctx: PluginContext | undefined;
  #disposed = false;

  constructor(
    plugins: ReadonlyArray<GamePlugin | false | null | undefined>,
    onProblem: (problem: GameProblem) => void,
  ) {
    this.#onProblem = onProblem;
    const kept: GamePlugin[] = [];
    const names = new Set<string>();
    plugins.forEach((plugin, index) => {
      if (!plugin) return;
      if (typeof plugin !== 'object' || typeof plugin.name !== 'string' || plugin.name === '') {
        this.#report({
          code: 'plugin-invalid',
          plugin: `#${index}`,
          message: {
            nl: `Uitbreiding nummer ${index + 1} heeft geen naam en doet daarom niet mee; het spel gaat door.`,
            en: `Plugin number ${index + 1} has no name, so it is left out; the game goes on.`,
          },
        });
        return;
      }
      if (names.has(plugin.name)) {
        this.#report({
          code: 'plugin-duplicate',
          plugin: plugin.name,
          message: {
            nl: `De uitbreiding "${plugin.name}" staat er twee keer in. Alleen de eerste doet mee.`,
            en: `The plugin "${plugin.name}" is listed twice. Only the first one is used.`,
          },
        });
        return;
      }
      names.add(plugin.name);
      kept.push(plugin);
    });
    // Array.prototype.sort is stable, so registration order is kept within each group.
    this.#plugins = kept.sort((a, b) => order[a.enforce ?? 'normal'] - order[b.enforce ?? 'normal']);
    this.#collectContributions();
  }

  /**
   * Sets the context every hook receives. The facade calls it once, before the first `call`.
   *
   * @example
   * ```ts
   * host.bind({ deck, getSession, getState, getSnapshot, send, report });
   * ```
   */
  bind(ctx: PluginContext): void {
    this.#ctx = ctx;
  }

  /**
   * Calls one hook on every plugin that has it, in order, synchronously. A hook that throws, or
   * returns a promise that rejects, is reported as `plugin-failed`; the other plugins still run.
   * Promises are never awaited. Does nothing after {@link PluginHost.dispose}.
   *
   * @throws Error when called before {@link PluginHost.bind} (a mistake in the facade, not a plugin's).
   * @example
   * ```ts
   * host.call('answerGiven', { answer, card, player });
   * host.call('snapshot', toSnapshot(state, session));
   * ```
   */
  call<H extends CallableHook>(hook: H, ...args: HookArgs<H>): void {
    if (this.#disposed) return;
    const ctx = this.#ctx;
    if (!ctx) throw new Error(`PluginHost.call('${hook}') was called before bind(ctx).`);
    for (const plugin of this.#plugins) {
      const fn = plugin[hook] as ((...a: unknown[]) => unknown) | undefined;
      if (typeof fn !== 'function') continue;
      this.#invoke(plugin.name, hook, () => fn.call(plugin, ...args, ctx));
    }
  }

  /**
   * Calls every plugin's `dispose` (all of them, even when one fails) and waits for them.
   * After this, `call` does nothing.
   *
   * @example
   * ```ts
   * await host.dispose();
   * ```
   */
  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    const pending: Promise<unknown>[] = [];
    for (const plugin of this.#plugins) {
      const fn = plugin.dispose;
      if (typeof fn !== 'function') continue;
      const result = this.#invoke(plugin.name, 'dispose', () => fn.call(plugin));
      if (result) pending.push(result);
    }
    await Promise.all(pending);
  }

  /**
   * The answer kinds the plugins add, by kind. When two plugins define the same kind the first
   * wins (reported as `answer-kind-duplicate`); built-in kinds cannot be redefined.
   *
   * @example
   * ```ts
   * const kind = host.answerKinds().get(card.answer.kind);
   * ```
   */
  answerKinds(): Map<string, AnswerKindDefinition> {
    return new Map(this.#answerKinds);
  }

  /**
   * The summary sections the plugins add, in plugin order.
   *
   * @example
   * ```ts
   * const sections = host.summarySections().map((s) => ({ id: s.id, items: s.build(session, playerId, deck) }));
   * ```
   */
  summarySections(): SummarySection[] {
    return [...this.#summarySections];
  }

  /**
   * The storage adapters the plugins offer (`plugin.storage`), in plugin order.
   *
   * @example
   * ```ts
   * const [adapter] = host.storageAdapters();
   * ```
   */
  storageAdapters(): StorageAdapter[] {
    return this.#plugins.flatMap((plugin) => (plugin.storage ? [plugin.storage] : []));
  }

  /**
   * The insights sinks the plugins offer (`plugin.insights`), in plugin order.
   *
   * @example
   * ```ts
   * for (const sink of host.insightsSinks()) await sink.record(counts);
   * ```
   */
  insightsSinks(): InsightsSink[] {
    return this.#plugins.flatMap((plugin) => (plugin.insights ? [plugin.insights] : []));
  }

  /**
   * Does any plugin have this hook? The game skips work nobody listens to (making a snapshot on
   * every event costs as much as the event itself).
   *
   * @example
   * if (host.has('snapshot')) host.call('snapshot', toSnapshot(state, session));
   */
  has(hook: PluginHook): boolean {
    return this.#plugins.some((plugin) => typeof plugin[hook] === 'function');
  }

  /**
   * The names of the plugins that take part, in the order their hooks run.
   *
   * @example
   * ```ts
   * host.names(); // ['od:storage', 'my-logger', 'od:insights']
   * ```
   */
  names(): string[] {
    return this.#plugins.map((plugin) => plugin.name);
  }

  /**
   * Checks a value of a plugin's answer kind with that kind's schema (`~standard.validate`).
   * Validation must be synchronous: a schema that returns a promise counts as invalid.
   * Built-in kinds are checked by the game itself; for them (and any unknown kind) this
   * returns `ok: false`.
   *
   * @example
   * ```ts
   * const check = host.validateAnswerValue('traffic-light', value);
   * if (!check.ok) showError(check.message.nl);
   * ```
   */
  validateAnswerValue(kind: string, value: unknown): AnswerValueCheck {
    const definition = this.#answerKinds.get(kind);
    if (!definition) {
      return {
        ok: false,
        message: {
          nl: `Het spel kent dit soort antwoord niet ("${kind}").`,
          en: `The game does not know this kind of answer ("${kind}").`,
        },
      };
    }
    const invalid = (details: string[]): AnswerValueCheck => ({
      ok: false,
      message: {
        nl: 'Dit antwoord past niet bij deze vraag. Probeer het nog een keer.',
        en: 'This answer does not fit this question. Please try again.',
      },
      details,
    });
    let result: unknown;
    try {
      result = definition.schema['~standard'].validate(value);
    } catch (error) {
      return invalid([`the schema of "${kind}" threw: ${describe(error)}`]);
    }
    if (isThenable(result)) {
      // Swallow a later rejection: the answer is already refused.
      Promise.resolve(result).catch(() => undefined);
      return invalid([
        `the schema of "${kind}" validates asynchronously; answer kinds need a synchronous schema`,
      ]);
    }
    const issues = (result as { issues?: ReadonlyArray<{ message: string }> }).issues;
    if (issues) return invalid(issues.map((issue) => issue.message));
    return { ok: true };
  }

  #collectContributions(): void {
    const sectionIds = new Map<string, string>();
    const kindOwners = new Map<string, string>();
    for (const plugin of this.#plugins) {
      for (const definition of plugin.answerKinds ?? []) {
        if (!PLUGIN_KIND.test(String(definition.kind))) {
          this.#report({
            code: 'answer-kind-invalid',
            plugin: plugin.name,
            message: {
              nl: `De uitbreiding "${plugin.name}" geeft een soort antwoord zonder voorvoegsel ("${String(definition.kind)}"). Gebruik een naam als "${plugin.name}:${String(definition.kind)}".`,
              en: `The plugin "${plugin.name}" adds an answer kind without a namespace ("${String(definition.kind)}"). Use a name like "${plugin.name}:${String(definition.kind)}".`,
            },
          });
          continue;
        }
        const owner = kindOwners.get(definition.kind);
        if (owner !== undefined) {
          this.#report({
            code: 'answer-kind-duplicate',
            plugin: plugin.name,
            message: {
              nl: `Het soort antwoord "${definition.kind}" komt al van "${owner}". De uitbreiding "${plugin.name}" voegt het daarom niet nog eens toe.`,
              en: `The answer kind "${definition.kind}" already comes from "${owner}", so the plugin "${plugin.name}" does not add it again.`,
            },
          });
          continue;
        }
        kindOwners.set(definition.kind, plugin.name);
        this.#answerKinds.set(definition.kind, definition);
      }
      for (const section of plugin.summarySections ?? []) {
        const owner = sectionIds.get(section.id);
        if (owner !== undefined) {
          this.#report({
            code: 'summary-section-duplicate',
            plugin: plugin.name,
            message: {
              nl: `Het deel "${section.id}" van de samenvatting komt al van "${owner}". Het komt er maar één keer in.`,
              en: `The summary section "${section.id}" already comes from "${owner}". It is included only once.`,
            },
          });
          continue;
        }
        sectionIds.set(section.id, plugin.name);
        this.#summarySections.push(section);
      }
    }
  }

  /** Runs one hook isolated; returns a promise that settles (never rejects) when the hook was async. */
  #invoke(plugin: string, hook: PluginHook, run: () => unknown): Promise<void> | undefined {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      this.#failed(plugin, hook, error);
      return undefined;
    }
    if (!isThenable(result)) return undefined;
    return Promise.resolve(result).then(
      () => undefined,
      (error: unknown) => this.#failed(plugin, hook, error),
    );
  }

  #failed(plugin: string, hook: PluginHook, cause: unknown): void {
    const moment = moments[hook];
    this.#report({
      code: 'plugin-failed',
      plugin,
      hook,
      message: {
        nl: `De uitbreiding "${plugin}" gaf een fout bij ${moment.nl}; het spel gaat door.`,
        en: `The plugin "${plugin}" failed during ${moment.en}; the game goes on.`,
      },
      cause,
    });
  }

  #report(problem: GameProblem): void {
    try {
      this.#onProblem(problem);
    } catch {
      // A failing problem handler must not stop the game either.
    }
  }
}
