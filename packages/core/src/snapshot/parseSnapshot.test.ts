import { describe, expect, it } from 'vitest';
import { parseSnapshot } from './parseSnapshot.ts';
import { snapshotToJSON, toSnapshot } from './serializeSession.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import type { SessionSnapshot } from '../types.ts';

function valid(): SessionSnapshot {
  return toSnapshot('discover.card', sessionFixture());
}

/** A valid snapshot as plain JSON data, to break in the tests. */
function raw(): { [key: string]: unknown; session: Record<string, unknown> } {
  return JSON.parse(snapshotToJSON(valid())) as { [key: string]: unknown; session: Record<string, unknown> };
}

describe('parseSnapshot: valid input', () => {
  it('accepts a valid snapshot object', () => {
    expect(parseSnapshot(valid())).toEqual({ ok: true, snapshot: valid() });
  });

  it('accepts a JSON string', () => {
    expect(parseSnapshot(JSON.stringify(valid(), null, 2))).toEqual({ ok: true, snapshot: valid() });
  });

  it('accepts a session before setup: no players yet, turnIndex 0', () => {
    const session = sessionFixture({
      players: [],
      answers: [],
      goals: [],
      checkIns: [],
      matters: {},
      current: null,
      history: [],
      turnIndex: 0,
    });
    session.followUp = null;
    expect(parseSnapshot(toSnapshot('setup', session)).ok).toBe(true);
  });

  it('accepts a plugin answer kind with any value', () => {
    const snapshot = valid();
    snapshot.session.answers[0]!.value = {
      kind: 'test:traffic-light',
      value: { colour: 'green', n: [1, 2] },
    };
    expect(parseSnapshot(snapshot)).toEqual({ ok: true, snapshot });
  });

  it('drops unknown extra fields rather than failing', () => {
    const data = raw();
    data.session['somethingNew'] = 1;
    const result = parseSnapshot(data);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot).toEqual(valid());
  });
});

describe('parseSnapshot: what it refuses, and how it explains', () => {
  it.each([null, undefined, '', '   '])('calls %j missing', (input) => {
    expect(parseSnapshot(input)).toEqual({
      ok: false,
      error: {
        code: 'snapshot-missing',
        message: { nl: 'Er is geen bewaard spel gevonden.', en: 'No saved game was found.' },
      },
    });
  });

  it('explains text that is not JSON', () => {
    const result = parseSnapshot('{"format": "ontdek-doe/session", "vers');
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'snapshot-not-json',
        message: { nl: 'Dit is geen bewaard spel: de tekst is niet te lezen.' },
      },
    });
    expect(result).not.toHaveProperty('salvage');
  });

  it.each([
    ['another format marker', { ...raw(), format: 'other-app/save' }],
    ['no format marker', (({ format: _format, ...rest }) => rest)(raw())],
    ['an array', [raw()]],
    ['a number', 42],
    ['a JSON string of a number', '42'],
  ])('calls %s an unknown format', (_label, input) => {
    const result = parseSnapshot(input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'snapshot-unknown-format', message: { en: 'This is not a saved Ontdek & Doe game.' } },
    });
  });

  it('calls a version that is not a whole number an unknown format', () => {
    expect(parseSnapshot({ ...raw(), version: '1' })).toMatchObject({
      ok: false,
      error: { code: 'snapshot-unknown-format' },
    });
    expect(parseSnapshot({ ...raw(), version: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'snapshot-unknown-format' },
    });
  });

  it('refuses a snapshot from a newer version, but keeps its goals readable', () => {
    const result = parseSnapshot({ ...raw(), version: 2 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'snapshot-future-version',
        message: {
          nl: 'Dit spel is bewaard met een nieuwere versie van Ontdek & Doe. Werk het spel bij om het te openen.',
        },
        details: expect.arrayContaining([
          'version: 2 is newer than 1, the newest this build reads',
        ]) as string[],
      },
    });
    if (!result.ok) expect(result.salvage?.goals).toHaveLength(3);
  });

  it('never throws, even on hostile input', () => {
    const hostile = { ...raw() };
    Object.defineProperty(hostile, 'session', {
      enumerable: true,
      get() {
        throw new Error('getter bomb');
      },
    });
    const cyclic: Record<string, unknown> = { format: 'ontdek-doe/session', version: 0 };
    cyclic['self'] = cyclic;
    expect(() => parseSnapshot(hostile)).not.toThrow();
    expect(parseSnapshot(hostile)).toMatchObject({ ok: false, error: { code: 'snapshot-corrupt' } });
    expect(parseSnapshot(cyclic)).toMatchObject({ ok: false });
  });
});

describe('parseSnapshot: corrupt snapshots keep their goals', () => {
  it('names every broken place and salvages the goals and answers that can still be read', () => {
    const data = raw();
    const goals = data.session['goals'] as Record<string, unknown>[];
    const answers = data.session['answers'] as Record<string, unknown>[];
    goals[0]!['confidence'] = 'seven'; // this goal cannot be read
    answers[1]!['starred'] = 'yes'; // nor this answer
    data.session['turn'] = -1; // and the session itself is broken
    data.session['paused'] = null;

    const result = parseSnapshot(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('snapshot-corrupt');
    expect(result.error.message).toEqual({
      nl: 'Het bewaarde spel is beschadigd. Je kunt er niet mee verder spelen.',
      en: 'The saved game is damaged. It cannot be continued.',
    });
    expect(result.error.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^session\.turn: /),
        expect.stringMatching(/^session\.paused: /),
        expect.stringMatching(/^session\.goals\[0\]\.confidence: /),
        expect.stringMatching(/^session\.answers\[1\]\.starred: /),
        'salvage: 2 of 3 goals could still be read',
        'salvage: 4 of 5 answers could still be read',
      ]),
    );
    const expected = valid().session;
    expect(result.salvage?.goals).toEqual([expected.goals[1], expected.followUp!.goals[0]]);
    expect(result.salvage?.answers).toEqual(expected.answers.filter((_, i) => i !== 1));
  });

  it('salvages from a JSON string too', () => {
    const data = raw();
    delete data.session['players'];
    const result = parseSnapshot(JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot-corrupt' } });
    if (!result.ok) {
      expect(result.salvage?.goals.map((goal) => goal.text)).toEqual([
        'Elke week met Gerda naar de markt',
        'Een traplift aanvragen',
        'Uitzoeken wat een traplift kost',
      ]);
    }
  });

  it('gives no salvage when nothing can be read', () => {
    const data = raw();
    data.session['goals'] = 'lost';
    data.session['answers'] = [{ id: 1 }];
    data.session['followUp'] = null;
    const result = parseSnapshot(data);
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot-corrupt' } });
    expect(result).not.toHaveProperty('salvage');
  });

  it('refuses a broken built-in answer instead of taking it for a plugin answer', () => {
    const data = raw();
    (data.session['answers'] as Record<string, unknown>[])[0]!['value'] = { kind: 'text' };
    expect(parseSnapshot(data)).toMatchObject({ ok: false, error: { code: 'snapshot-corrupt' } });
  });
});

describe('parseSnapshot: references the schema cannot check', () => {
  it.each<[string, (session: SessionSnapshot['session']) => void, string]>([
    [
      'an answer',
      (s) => (s.answers[0]!.playerId = 'p9'),
      'session.answers[0].playerId: no player with id "p9"',
    ],
    [
      'a reaction',
      (s) => (s.answers[0]!.reactions[0]!.playerId = 'p9'),
      'session.answers[0].reactions[0].playerId: no player with id "p9"',
    ],
    ['a goal', (s) => (s.goals[1]!.playerId = 'p9'), 'session.goals[1].playerId: no player with id "p9"'],
    [
      'a check-in',
      (s) => (s.checkIns[0]!.playerId = 'p9'),
      'session.checkIns[0].playerId: no player with id "p9"',
    ],
    ['what matters', (s) => (s.matters['p9'] = []), 'session.matters.p9: no player with id "p9"'],
    [
      'the current card',
      (s) => (s.current = { cardId: 'c04', playerId: 'p9' }),
      'session.current.playerId: no player with id "p9"',
    ],
    ['the turn', (s) => (s.turnIndex = 2), 'session.turnIndex: 2 is not the place of a player (there are 2)'],
  ])('refuses %s that points to no player, salvaging the goals', (_label, breakIt, detail) => {
    const snapshot = valid();
    breakIt(snapshot.session);
    const result = parseSnapshot(snapshot);
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot-corrupt' } });
    if (result.ok) return;
    expect(result.error.details?.[0]).toBe(detail);
    expect(result.salvage?.goals.map((goal) => goal.id)).toEqual(['g1', 'g2', 'old-g1']);
  });

  it('accepts a check-in and a goal of a player of the earlier session', () => {
    const snapshot = valid();
    snapshot.session.followUp!.players.push({ ...snapshot.session.players[0]!, id: 'earlier-p5' });
    snapshot.session.checkIns[0]!.playerId = 'earlier-p5';
    snapshot.session.goals[1]!.playerId = 'earlier-p5';
    expect(parseSnapshot(snapshot).ok).toBe(true);
  });
});
