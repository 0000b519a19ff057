import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { PluginHost } from './PluginHost.ts';
import type { GamePlugin, GameProblem, PluginAnswerKind, PluginContext, ValueSchema } from '../types.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';

function context(): PluginContext {
  const session = sessionFixture();
  return {
    deck: sampleDeck,
    getSession: () => session,
    getState: () => 'discover.card',
    getSnapshot: () => toSnapshot('discover.card', session),
    send: () => undefined,
    report: () => undefined,
  };
}

function setup(plugins: ReadonlyArray<GamePlugin | false | null | undefined>) {
  const problems: GameProblem[] = [];
  const host = new PluginHost(plugins, (problem) => problems.push(problem));
  const ctx = context();
  host.bind(ctx);
  return { host, problems, ctx };
}

describe('PluginHost ordering', () => {
  it('runs pre plugins first and post plugins last, keeping registration order within each group', () => {
    const calls: string[] = [];
    const plugin = (name: string, enforce?: 'pre' | 'post'): GamePlugin => ({
      name,
      ...(enforce ? { enforce } : {}),
      setup: () => void calls.push(name),
    });
    const { host } = setup([
      plugin('post-1', 'post'),
      plugin('normal-1'),
      plugin('pre-1', 'pre'),
      plugin('normal-2'),
      plugin('post-2', 'post'),
      plugin('pre-2', 'pre'),
    ]);
    host.call('setup');
    expect(calls).toEqual(['pre-1', 'pre-2', 'normal-1', 'normal-2', 'post-1', 'post-2']);
    expect(host.names()).toEqual(calls);
  });

  it('skips false, null and undefined entries', () => {
    const debug = false;
    const { host, problems } = setup([
      null,
      { name: 'a' },
      debug && { name: 'logger' },
      undefined,
      { name: 'b' },
    ]);
    expect(host.names()).toEqual(['a', 'b']);
    expect(problems).toEqual([]);
  });

  it('reports a duplicate name and keeps only the first plugin of that name', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { host, problems } = setup([
      { name: 'dup', setup: first },
      { name: 'dup', enforce: 'pre', setup: second },
    ]);
    host.call('setup');
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'plugin-duplicate', plugin: 'dup' });
    expect(problems[0]?.message.nl).toContain('"dup"');
  });

  it('reports a plugin without a name and leaves it out', () => {
    const { host, problems } = setup([{ name: '' }, { name: 'ok' }]);
    expect(host.names()).toEqual(['ok']);
    expect(problems[0]).toMatchObject({ code: 'plugin-invalid' });
  });
});

describe('PluginHost.call', () => {
  it('passes the hook arguments and the bound context, in order, synchronously', () => {
    const seen: unknown[] = [];
    const { host, ctx } = setup([
      { name: 'a', cardShown: (info, c) => void seen.push(info.card.id, info.player.id, c) },
    ]);
    const card = sampleDeck.cards[0]!;
    const player = ctx.getSession().players[0]!;
    host.call('cardShown', { card, player });
    expect(seen).toEqual([card.id, player.id, ctx]);
  });

  it('calls a hook with `this` bound to its plugin', () => {
    let self: unknown;
    const plugin: GamePlugin = {
      name: 'a',
      setup() {
        self = this;
      },
    };
    const { host } = setup([plugin]);
    host.call('setup');
    expect(self).toBe(plugin);
  });

  it('reports a throwing hook as plugin-failed and still runs the other plugins', () => {
    const after = vi.fn();
    const error = new Error('boom');
    const { host, problems } = setup([
      {
        name: 'broken',
        answerGiven: () => {
          throw error;
        },
      },
      { name: 'fine', answerGiven: after },
    ]);
    const session = sessionFixture();
    host.call('answerGiven', {
      answer: session.answers[0]!,
      card: sampleDeck.cards[0]!,
      player: session.players[0]!,
    });
    expect(after).toHaveBeenCalledOnce();
    expect(problems).toEqual([
      {
        code: 'plugin-failed',
        plugin: 'broken',
        hook: 'answerGiven',
        message: {
          nl: 'De uitbreiding "broken" gaf een fout bij een antwoord; het spel gaat door.',
          en: 'The plugin "broken" failed during an answer; the game goes on.',
        },
        cause: error,
      },
    ]);
  });

  it('reports a rejecting async hook and does not wait for it', async () => {
    const order: string[] = [];
    let rejectIt!: (error: Error) => void;
    const { host, problems } = setup([
      { name: 'slow', goalSet: () => new Promise<void>((_, reject) => (rejectIt = reject)) },
      { name: 'fine', goalSet: () => void order.push('fine') },
    ]);
    const session = sessionFixture();
    host.call('goalSet', { goal: session.goals[0]!, player: session.players[0]! });
    expect(order).toEqual(['fine']);
    expect(problems).toEqual([]);
    rejectIt(new Error('network down'));
    await vi.waitFor(() => expect(problems).toHaveLength(1));
    expect(problems[0]).toMatchObject({ code: 'plugin-failed', plugin: 'slow', hook: 'goalSet' });
    expect((problems[0]?.cause as Error).message).toBe('network down');
  });

  it('survives a throwing problem handler', () => {
    const host = new PluginHost(
      [
        {
          name: 'broken',
          setup: () => {
            throw new Error('x');
          },
        },
      ],
      () => {
        throw new Error('handler broke');
      },
    );
    host.bind(context());
    expect(() => host.call('setup')).not.toThrow();
  });

  it('throws a clear error when called before bind', () => {
    const host = new PluginHost([{ name: 'a', setup: () => undefined }], () => undefined);
    expect(() => host.call('setup')).toThrow(/before bind/);
  });

  it('types hook arguments from GamePlugin', () => {
    const { host } = setup([]);
    // @ts-expect-error setup takes no argument besides the context
    host.call('setup', sampleDeck);
    // @ts-expect-error deckLoaded needs a deck
    host.call('deckLoaded');
    // @ts-expect-error dispose is not callable through call()
    host.call('dispose');
    host.call('deckLoaded', sampleDeck);
  });
});

describe('PluginHost.dispose', () => {
  it('calls every dispose, isolated, waits for async ones and then ignores further calls', async () => {
    const disposed: string[] = [];
    const setupAfterDispose = vi.fn();
    const { host, problems } = setup([
      {
        name: 'a',
        dispose: () => {
          throw new Error('a');
        },
      },
      { name: 'b', dispose: () => Promise.reject(new Error('b')) },
      {
        name: 'c',
        setup: setupAfterDispose,
        dispose: async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          disposed.push('c');
        },
      },
    ]);
    await host.dispose();
    expect(disposed).toEqual(['c']);
    expect(problems.map((p) => [p.code, p.plugin, p.hook])).toEqual([
      ['plugin-failed', 'a', 'dispose'],
      ['plugin-failed', 'b', 'dispose'],
    ]);
    host.call('setup');
    expect(setupAfterDispose).not.toHaveBeenCalled();
  });
});

describe('PluginHost contributions', () => {
  const traffic = z.enum(['red', 'orange', 'green']);

  it('collects answer kinds (first wins), summary sections, storage and insights', () => {
    const storage = { load: () => null, save: () => undefined, remove: () => undefined };
    const insights = { record: () => undefined };
    const section = { id: 'badges', title: { nl: 'Badges', en: 'Badges' }, build: () => ['x'] };
    const { host, problems } = setup([
      {
        name: 'one',
        answerKinds: [{ kind: 'test:traffic', schema: traffic }],
        summarySections: [section],
        storage,
      },
      {
        name: 'two',
        answerKinds: [
          { kind: 'test:traffic', schema: z.string() },
          { kind: 'text' as PluginAnswerKind, schema: z.string() },
        ],
        summarySections: [{ ...section }],
        insights,
      },
    ]);
    expect([...host.answerKinds().keys()]).toEqual(['test:traffic']);
    expect(host.answerKinds().get('test:traffic')?.schema).toBe(traffic);
    expect(host.summarySections()).toEqual([section]);
    expect(host.storageAdapters()).toEqual([storage]);
    expect(host.insightsSinks()).toEqual([insights]);
    expect(problems.map((p) => [p.code, p.plugin])).toEqual([
      ['answer-kind-duplicate', 'two'],
      ['answer-kind-invalid', 'two'],
      ['summary-section-duplicate', 'two'],
    ]);
  });

  it('validates answer values with the kind’s Standard Schema', () => {
    const { host } = setup([{ name: 'one', answerKinds: [{ kind: 'test:traffic', schema: traffic }] }]);
    expect(host.validateAnswerValue('test:traffic', 'green')).toEqual({ ok: true });
    const bad = host.validateAnswerValue('test:traffic', 'blue');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.message.nl).toBe('Dit antwoord past niet bij deze vraag. Probeer het nog een keer.');
      expect(bad.details?.length).toBeGreaterThan(0);
    }
    const unknown = host.validateAnswerValue('test:drawing', {});
    expect(unknown).toMatchObject({
      ok: false,
      message: { en: 'The game does not know this kind of answer ("test:drawing").' },
    });
  });

  it('refuses a schema that validates asynchronously or throws', () => {
    const asyncSchema: ValueSchema = {
      '~standard': { version: 1, vendor: 'test', validate: async (value) => ({ value }) },
    };
    const throwing: ValueSchema = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: () => {
          throw new Error('bad schema');
        },
      },
    };
    const { host } = setup([
      {
        name: 'one',
        answerKinds: [
          { kind: 'test:later', schema: asyncSchema },
          { kind: 'test:broken', schema: throwing },
        ],
      },
    ]);
    const later = host.validateAnswerValue('test:later', 1);
    expect(later.ok).toBe(false);
    if (!later.ok) expect(later.details?.[0]).toMatch(/asynchronously/);
    const broken = host.validateAnswerValue('test:broken', 1);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.details?.[0]).toMatch(/bad schema/);
  });
});

describe('PluginHost with bad plugin entries', () => {
  const bad = <T>(value: unknown) => value as T;

  it('leaves out what is wrong, reports each as plugin-invalid and never throws', () => {
    const good = vi.fn();
    const plugins = bad<GamePlugin[]>([
      { name: 'sections', summarySections: [null] },
      { name: 'kinds-null', answerKinds: [null] },
      { name: 'kinds-text', answerKinds: 'x' },
      42,
      'od:storage',
      () => ({ name: 'factory' }),
      { name: 42 },
      { name: 'hook', cardShown: 42, goalSet: good },
      { name: 'good', cardShown: good },
    ]);
    let made: ReturnType<typeof setup> | undefined;
    expect(() => (made = setup(plugins))).not.toThrow();
    const { host, problems, ctx } = made!;
    expect(host.names()).toEqual(['sections', 'kinds-null', 'kinds-text', 'hook', 'good']);
    expect(problems.map((p) => [p.code, p.plugin, p.hook])).toEqual([
      ['plugin-invalid', 'kinds-text', undefined],
      ['plugin-invalid', '#3', undefined],
      ['plugin-invalid', '#4', undefined],
      ['plugin-invalid', '#5', undefined],
      ['plugin-invalid', '#6', undefined],
      ['plugin-invalid', 'hook', 'cardShown'],
      ['plugin-invalid', 'sections', undefined],
      ['plugin-invalid', 'kinds-null', undefined],
    ]);
    const messages = Object.fromEntries(problems.map((p) => [p.plugin, p.message]));
    expect(messages['#3']?.en).toBe(
      'Plugin number 4 is not a plugin but a number, so it is left out; the game goes on.',
    );
    expect(messages['#4']?.nl).toBe(
      'Uitbreiding nummer 5 is geen uitbreiding maar een tekst, en doet daarom niet mee; het spel gaat door.',
    );
    expect(messages['#5']?.en).toMatch(/is a function, not a plugin. Call the function/);
    expect(messages['#6']?.en).toBe(
      'Plugin number 7 has a number as its name instead of a text, so it is left out; the game goes on.',
    );
    expect(messages['hook']).toEqual({
      nl: 'De uitbreiding "hook" heeft "cardShown", maar dat is geen functie (het is een getal). Dat deel wordt overgeslagen; de rest van de uitbreiding doet mee.',
      en: 'The plugin "hook" has "cardShown", but it is not a function (it is a number). That part is skipped; the rest of the plugin takes part.',
    });
    expect(messages['kinds-text']?.en).toBe(
      'The plugin "kinds-text" has "answerKinds", but it is not a list (it is a text). No answer kinds are added from this plugin.',
    );
    expect(messages['sections']?.en).toBe(
      'Summary section number 1 of the plugin "sections" is not a section (it is empty (null)), so it is left out.',
    );
    expect(messages['kinds-null']?.nl).toBe(
      'Soort antwoord nummer 1 van de uitbreiding "kinds-null" is geen soort antwoord (het is leeg (null)) en doet niet mee.',
    );

    expect(host.answerKinds().size).toBe(0);
    expect(host.summarySections()).toEqual([]);
    expect(host.has('cardShown')).toBe(true);
    expect(host.has('goalSet')).toBe(true);
    const card = sampleDeck.cards[0]!;
    const player = ctx.getSession().players[0]!;
    expect(() => host.call('cardShown', { card, player })).not.toThrow();
    expect(good).toHaveBeenCalledOnce();
    expect(problems).toHaveLength(8);
  });

  it('checks the parts a plugin contributes: schema, toText, section fields, storage, insights, enforce', () => {
    const traffic = z.enum(['red', 'green']);
    const { host, problems } = setup([
      bad<GamePlugin>({
        name: 'parts',
        enforce: 'first',
        answerKinds: [
          { kind: 'parts:no-schema' },
          { kind: 'parts:traffic', schema: traffic, toText: 'red' },
          { kind: 42, schema: traffic },
        ],
        summarySections: [
          { id: 'no-build', title: { en: 'x' } },
          { id: '', title: { en: 'x' }, build: () => [] },
          { id: 'text-title', title: 'x', build: () => [] },
          { id: 'ok', title: { en: 'OK' }, build: () => ['fine'] },
        ],
        storage: { load: () => null },
        insights: {},
      }),
      { name: 'pre', enforce: 'pre' },
    ]);
    expect(host.names()).toEqual(['pre', 'parts']);
    expect([...host.answerKinds().keys()]).toEqual(['parts:traffic']);
    const kind = host.answerKinds().get('parts:traffic');
    expect(kind?.schema).toBe(traffic);
    expect(kind && 'toText' in kind).toBe(false);
    expect(host.summarySections().map((s) => s.id)).toEqual(['ok']);
    expect(host.storageAdapters()).toEqual([]);
    expect(host.insightsSinks()).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual([
      'plugin-invalid', // enforce
      'plugin-invalid', // storage
      'plugin-invalid', // insights
      'plugin-invalid', // no schema
      'plugin-invalid', // toText
      'answer-kind-invalid', // kind 42
      'plugin-invalid', // no build
      'plugin-invalid', // no id
      'plugin-invalid', // text title
    ]);
    expect(problems.every((p) => p.plugin === 'parts')).toBe(true);
    expect(problems[6]?.message.en).toBe(
      'Summary section number 1 of the plugin "parts" has no build function, so it is left out.',
    );
  });

  it('leaves out a plugin that throws when read, and a list that is not a list', () => {
    const throwing = {
      get name(): string {
        throw new Error('getter');
      },
    };
    const problems: GameProblem[] = [];
    expect(
      () => new PluginHost([throwing as GamePlugin, { name: 'ok' }], (p) => problems.push(p)),
    ).not.toThrow();
    expect(problems).toMatchObject([{ code: 'plugin-invalid', plugin: '#0' }]);
    const none = new PluginHost(bad<GamePlugin[]>('not a list'), (p) => problems.push(p));
    expect(none.names()).toEqual([]);
    expect(problems[1]).toMatchObject({ code: 'plugin-invalid', plugin: '#plugins' });
  });
});
