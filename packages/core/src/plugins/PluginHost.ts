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

/** The hooks a plugin may have, checked when the host is made. */
const HOOKS = Object.keys(moments) as PluginHook[];

/** What a value is, in plain words, for problem messages (never the value itself). */
function kindOf(value: unknown): { nl: string; en: string } {
  if (value === null) return { nl: 'leeg (null)', en: 'empty (null)' };
  if (Array.isArray(value)) return { nl: 'een lijst', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { nl: 'een tekst', en: 'a text' };
    case 'number':
    case 'bigint':
      return { nl: 'een getal', en: 'a number' };
    case 'boolean':
      return { nl: 'waar/onwaar', en: 'true/false' };
    case 'function':
      return { nl: 'een functie', en: 'a function' };
    case 'undefined':
      return { nl: 'niets (undefined)', en: 'nothing (undefined)' };
    case 'symbol':
      return { nl: 'een symbool', en: 'a symbol' };
    default:
      return { nl: 'een object', en: 'an object' };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Standard Schema: an object (zod, valibot) or a function (arktype) with `~standard.validate`. */
function isValueSchema(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const standard = (value as { '~standard'?: unknown })['~standard'];
  return isObject(standard) && typeof standard['validate'] === 'function';
}

/** One plugin as the host keeps it: its name and the parts that passed the checks. */
interface Entry {
  plugin: GamePlugin;
  name: string;
  hooks: Partial<Record<PluginHook, (...args: unknown[]) => unknown>>;
  storage?: StorageAdapter;
  insights?: InsightsSink;
  answerKinds: unknown[];
  summarySections: unknown[];
}

/**
 * Runs the plugins of one game: orders them, calls their hooks one after the other (each isolated,
 * so a failing plugin is reported and the game goes on) and collects what they contribute (answer
 * kinds, summary sections, storage, insights). The game facade owns one; hosts do not need it.
 *
 * A plugin's hooks and contributions are read once, when the host is made. A bad entry never
 * stops the game: it is left out and reported.
 *
 * Problem codes: `plugin-invalid` (an entry that is not an object, has no name or throws when
 * read; a hook that is not a function; an `enforce` that is not `pre`/`post`; an `answerKinds`,
 * `summarySections`, `storage` or `insights` part of the wrong shape: only that part is left out),
 * `plugin-duplicate` (a name used twice; the later one is dropped), `plugin-failed` (a hook threw
 * or rejected), `answer-kind-duplicate` (the first wins), `answer-kind-invalid` (a kind without a
 * `namespace:` prefix, so it could clash with a built-in kind), `summary-section-duplicate`.
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
  readonly #plugins: Entry[];
  readonly #onProblem: (problem: GameProblem) => void;
  readonly #answerKinds = new Map<string, AnswerKindDefinition>();
  readonly #summarySections: SummarySection[] = [];
  #ctx: PluginContext | undefined;
  #disposed = false;

  /** Never throws: a bad plugin (or part of one) is left out and reported as `plugin-invalid`. */
  constructor(
    plugins: ReadonlyArray<GamePlugin | false | null | undefined>,
    onProblem: (problem: GameProblem) => void,
  ) {
    this.#onProblem = typeof onProblem === 'function' ? onProblem : () => undefined;
    const kept: { entry: Entry; rank: number }[] = [];
    const names = new Set<string>();
    const list: readonly unknown[] = Array.isArray(plugins) ? plugins : [];
    if (!Array.isArray(plugins) && plugins !== undefined && plugins !== null) {
      this.#invalid('#plugins', {
        nl: `De lijst met uitbreidingen is geen lijst (het is ${kindOf(plugins).nl}); er doen geen uitbreidingen mee.`,
        en: `The list of plugins is not a list (it is ${kindOf(plugins).en}), so no plugins take part.`,
      });
    }
    list.forEach((plugin, index) => {
      try {
        const entry = this.#check(plugin, index, names);
        if (entry) kept.push(entry);
      } catch (error) {
        // A plugin object that throws when read (a getter, a proxy) is left out too.
        this.#invalid(
          `#${index}`,
          {
            nl: `Uitbreiding nummer ${index + 1} gaf een fout toen het spel hem las, en doet daarom niet mee; het spel gaat door.`,
            en: `Plugin number ${index + 1} failed when the game read it, so it is left out; the game goes on.`,
          },
          { cause: error },
        );
      }
    });
    // Array.prototype.sort is stable, so registration order is kept within each group.
    this.#plugins = kept.sort((a, b) => a.rank - b.rank).map(({ entry }) => entry);
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
    for (const { plugin, name, hooks } of this.#plugins) {
      const fn = hooks[hook];
      if (!fn) continue;
      this.#invoke(name, hook, () => fn.call(plugin, ...args, ctx));
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
    for (const { plugin, name, hooks } of this.#plugins) {
      const fn = hooks.dispose;
      if (!fn) continue;
      const result = this.#invoke(name, 'dispose', () => fn.call(plugin));
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
    return this.#plugins.flatMap((entry) => (entry.storage ? [entry.storage] : []));
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
    return this.#plugins.flatMap((entry) => (entry.insights ? [entry.insights] : []));
  }

  /**
   * Does any plugin have this hook? The game skips work nobody listens to (making a snapshot on
   * every event costs as much as the event itself).
   *
   * @example
   * if (host.has('snapshot')) host.call('snapshot', toSnapshot(state, session));
   */
  has(hook: PluginHook): boolean {
    return this.#plugins.some((entry) => entry.hooks[hook] !== undefined);
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
    return this.#plugins.map((entry) => entry.name);
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

  /** Checks one entry of the plugin list; returns what is kept of it, or nothing. */
  #check(plugin: unknown, index: number, names: Set<string>): { entry: Entry; rank: number } | undefined {
    if (plugin === false || plugin === null || plugin === undefined) return undefined;
    const number = index + 1;
    if (typeof plugin === 'function') {
      this.#invalid(`#${index}`, {
        nl: `Uitbreiding nummer ${number} is een functie, geen uitbreiding. Roep die functie aan (bijvoorbeeld insightsPlugin() in plaats van insightsPlugin). Hij doet nu niet mee; het spel gaat door.`,
        en: `Plugin number ${number} is a function, not a plugin. Call the function (for example insightsPlugin() instead of insightsPlugin). It is left out; the game goes on.`,
      });
      return undefined;
    }
    if (!isObject(plugin)) {
      const kind = kindOf(plugin);
      this.#invalid(`#${index}`, {
        nl: `Uitbreiding nummer ${number} is geen uitbreiding maar ${kind.nl}, en doet daarom niet mee; het spel gaat door.`,
        en: `Plugin number ${number} is not a plugin but ${kind.en}, so it is left out; the game goes on.`,
      });
      return undefined;
    }
    const name: unknown = plugin['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      const why =
        typeof name === 'string' || name === undefined
          ? { nl: 'heeft geen naam', en: 'has no name' }
          : {
              nl: `heeft als naam ${kindOf(name).nl} in plaats van een tekst`,
              en: `has ${kindOf(name).en} as its name instead of a text`,
            };
      this.#invalid(`#${index}`, {
        nl: `Uitbreiding nummer ${number} ${why.nl} en doet daarom niet mee; het spel gaat door.`,
        en: `Plugin number ${number} ${why.en}, so it is left out; the game goes on.`,
      });
      return undefined;
    }
    if (names.has(name)) {
      this.#report({
        code: 'plugin-duplicate',
        plugin: name,
        message: {
          nl: `De uitbreiding "${name}" staat er twee keer in. Alleen de eerste doet mee.`,
          en: `The plugin "${name}" is listed twice. Only the first one is used.`,
        },
      });
      return undefined;
    }
    names.add(name);

    const enforce: unknown = plugin['enforce'];
    let rank: number = order.normal;
    if (enforce === 'pre' || enforce === 'post') rank = order[enforce];
    else if (enforce !== undefined) {
      this.#invalid(name, {
        nl: `De uitbreiding "${name}" heeft bij "enforce" iets anders dan "pre" of "post". Ze draait daarom op de gewone plek.`,
        en: `The plugin "${name}" has something other than "pre" or "post" as "enforce", so it runs in the normal place.`,
      });
    }

    const hooks: Entry['hooks'] = {};
    for (const hook of HOOKS) {
      const fn: unknown = plugin[hook];
      if (fn === undefined) continue;
      if (typeof fn === 'function') {
        hooks[hook] = fn as (...args: unknown[]) => unknown;
        continue;
      }
      this.#invalid(
        name,
        {
          nl: `De uitbreiding "${name}" heeft "${hook}", maar dat is geen functie (het is ${kindOf(fn).nl}). Dat deel wordt overgeslagen; de rest van de uitbreiding doet mee.`,
          en: `The plugin "${name}" has "${hook}", but it is not a function (it is ${kindOf(fn).en}). That part is skipped; the rest of the plugin takes part.`,
        },
        { hook },
      );
    }

    const entry: Entry = {
      plugin: plugin as unknown as GamePlugin,
      name,
      hooks,
      answerKinds: [],
      summarySections: [],
    };
    const storage: unknown = plugin['storage'];
    if (storage !== undefined) {
      const methods = ['load', 'save', 'remove'] as const;
      const ok =
        isObject(storage) &&
        methods.every((m) => typeof storage[m] === 'function') &&
        (storage['keys'] === undefined || typeof storage['keys'] === 'function');
      if (ok) entry.storage = storage as unknown as StorageAdapter;
      else
        this.#invalid(name, {
          nl: `De uitbreiding "${name}" biedt opslag aan die niet werkt: die moet load, save en remove hebben. Die opslag wordt niet gebruikt.`,
          en: `The plugin "${name}" offers storage that cannot work: it needs load, save and remove. That storage is not used.`,
        });
    }
    const insights: unknown = plugin['insights'];
    if (insights !== undefined) {
      if (isObject(insights) && typeof insights['record'] === 'function')
        entry.insights = insights as unknown as InsightsSink;
      else
        this.#invalid(name, {
          nl: `De uitbreiding "${name}" biedt inzichten aan zonder record-functie. Die worden niet gebruikt.`,
          en: `The plugin "${name}" offers insights without a record function. They are not used.`,
        });
    }
    const list = (key: 'answerKinds' | 'summarySections', what: { nl: string; en: string }): unknown[] => {
      const value: unknown = plugin[key];
      if (value === undefined) return [];
      if (Array.isArray(value)) return [...(value as unknown[])];
      this.#invalid(name, {
        nl: `De uitbreiding "${name}" heeft "${key}", maar dat is geen lijst (het is ${kindOf(value).nl}). Er komen geen ${what.nl} van deze uitbreiding bij.`,
        en: `The plugin "${name}" has "${key}", but it is not a list (it is ${kindOf(value).en}). No ${what.en} are added from this plugin.`,
      });
      return [];
    };
    entry.answerKinds = list('answerKinds', { nl: 'soorten antwoord', en: 'answer kinds' });
    entry.summarySections = list('summarySections', {
      nl: 'delen van de samenvatting',
      en: 'summary sections',
    });
    return { entry, rank };
  }

  #collectContributions(): void {
    const sectionIds = new Map<string, string>();
    const kindOwners = new Map<string, string>();
    for (const { name, answerKinds, summarySections } of this.#plugins) {
      answerKinds.forEach((definition, index) => {
        try {
          this.#addAnswerKind(name, definition, index, kindOwners);
        } catch (error) {
          this.#invalid(
            name,
            {
              nl: `Soort antwoord nummer ${index + 1} van de uitbreiding "${name}" gaf een fout bij het lezen en doet niet mee.`,
              en: `Answer kind number ${index + 1} of the plugin "${name}" failed when read and is left out.`,
            },
            { cause: error },
          );
        }
      });
      summarySections.forEach((section, index) => {
        try {
          this.#addSummarySection(name, section, index, sectionIds);
        } catch (error) {
          this.#invalid(
            name,
            {
              nl: `Deel nummer ${index + 1} van de samenvatting van de uitbreiding "${name}" gaf een fout bij het lezen en doet niet mee.`,
              en: `Summary section number ${index + 1} of the plugin "${name}" failed when read and is left out.`,
            },
            { cause: error },
          );
        }
      });
    }
  }

  #addAnswerKind(plugin: string, definition: unknown, index: number, kindOwners: Map<string, string>): void {
    const number = index + 1;
    if (!isObject(definition)) {
      this.#invalid(plugin, {
        nl: `Soort antwoord nummer ${number} van de uitbreiding "${plugin}" is geen soort antwoord (het is ${kindOf(definition).nl}) en doet niet mee.`,
        en: `Answer kind number ${number} of the plugin "${plugin}" is not an answer kind (it is ${kindOf(definition).en}), so it is left out.`,
      });
      return;
    }
    const kind: unknown = definition['kind'];
    if (typeof kind !== 'string' || !PLUGIN_KIND.test(kind)) {
      const shown = typeof kind === 'string' ? kind : kindOf(kind).en;
      this.#report({
        code: 'answer-kind-invalid',
        plugin,
        message: {
          nl: `De uitbreiding "${plugin}" geeft een soort antwoord zonder voorvoegsel ("${shown}"). Gebruik een naam als "${plugin}:${shown}".`,
          en: `The plugin "${plugin}" adds an answer kind without a namespace ("${shown}"). Use a name like "${plugin}:${shown}".`,
        },
      });
      return;
    }
    if (!isValueSchema(definition['schema'])) {
      this.#invalid(plugin, {
        nl: `Het soort antwoord "${kind}" van de uitbreiding "${plugin}" heeft geen bruikbaar schema (met ~standard.validate) en doet niet mee.`,
        en: `The answer kind "${kind}" of the plugin "${plugin}" has no usable schema (with ~standard.validate), so it is left out.`,
      });
      return;
    }
    const owner = kindOwners.get(kind);
    if (owner !== undefined) {
      this.#report({
        code: 'answer-kind-duplicate',
        plugin,
        message: {
          nl: `Het soort antwoord "${kind}" komt al van "${owner}". De uitbreiding "${plugin}" voegt het daarom niet nog eens toe.`,
          en: `The answer kind "${kind}" already comes from "${owner}", so the plugin "${plugin}" does not add it again.`,
        },
      });
      return;
    }
    let kept = definition as unknown as AnswerKindDefinition;
    const toText: unknown = definition['toText'];
    if (toText !== undefined && typeof toText !== 'function') {
      this.#invalid(plugin, {
        nl: `Het soort antwoord "${kind}" van de uitbreiding "${plugin}" heeft "toText", maar dat is geen functie (het is ${kindOf(toText).nl}). In de samenvatting staan daarom alleen de eigen woorden.`,
        en: `The answer kind "${kind}" of the plugin "${plugin}" has "toText", but it is not a function (it is ${kindOf(toText).en}). The summary shows only the player's own words.`,
      });
      const { toText: _dropped, ...rest } = kept;
      kept = rest;
    }
    kindOwners.set(kind, plugin);
    this.#answerKinds.set(kind, kept);
  }

  #addSummarySection(plugin: string, section: unknown, index: number, sectionIds: Map<string, string>): void {
    const number = index + 1;
    const wrong = !isObject(section)
      ? {
          nl: `is geen deel (het is ${kindOf(section).nl})`,
          en: `is not a section (it is ${kindOf(section).en})`,
        }
      : typeof section['id'] !== 'string' || section['id'] === ''
        ? { nl: 'heeft geen id', en: 'has no id' }
        : !isObject(section['title'])
          ? { nl: 'heeft geen titel per taal', en: 'has no title per language' }
          : typeof section['build'] !== 'function'
            ? { nl: 'heeft geen build-functie', en: 'has no build function' }
            : undefined;
    if (wrong || !isObject(section)) {
      this.#invalid(plugin, {
        nl: `Deel nummer ${number} van de samenvatting van de uitbreiding "${plugin}" ${wrong?.nl ?? ''} en doet niet mee.`,
        en: `Summary section number ${number} of the plugin "${plugin}" ${wrong?.en ?? ''}, so it is left out.`,
      });
      return;
    }
    const id = section['id'] as string;
    const owner = sectionIds.get(id);
    if (owner !== undefined) {
      this.#report({
        code: 'summary-section-duplicate',
        plugin,
        message: {
          nl: `Het deel "${id}" van de samenvatting komt al van "${owner}". Het komt er maar één keer in.`,
          en: `The summary section "${id}" already comes from "${owner}". It is included only once.`,
        },
      });
      return;
    }
    sectionIds.set(id, plugin);
    this.#summarySections.push(section as unknown as SummarySection);
  }

  #invalid(
    plugin: string,
    message: { nl: string; en: string },
    extra: { hook?: PluginHook; cause?: unknown } = {},
  ): void {
    this.#report({ code: 'plugin-invalid', plugin, message, ...extra });
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
