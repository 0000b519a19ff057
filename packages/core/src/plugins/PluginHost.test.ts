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
