import { createGame, type FollowUpSource, type PlayerSummary } from '@ontdek-doe/core';
import { sampleDeck } from '@ontdek-doe/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { OdFollowUpReadyEvent } from '../events.ts';
import { expectAccessible } from '../testing/expectAccessible.ts';
import {
  fixedClock,
  gameInSummary,
  goalInput,
  mountPhase,
  settle,
  unmountPhases,
} from '../testing/gameHarness.ts';
import { press, tabTo } from '../testing/keyboard.ts';
import { deepActiveElement } from '../testing/mount.ts';
import '../define/ontdek-doe-followup-start.ts';
import '../define/ontdek-doe-summary.ts';
import type { OntdekDoeFollowupStart } from './ontdek-doe-followup-start.ts';
import { checkSummary, readSummaryFiles, startFollowUp } from './startFollowUp.ts';

const stops: (() => void)[] = [];
afterEach(() => {
  unmountPhases();
  while (stops.length) stops.pop()?.();
  vi.restoreAllMocks();
});

function listenReady() {
  const ready: OdFollowUpReadyEvent['detail'][] = [];
  const listener = (e: OdFollowUpReadyEvent) => ready.push(e.detail);
  document.addEventListener('od-followup-ready', listener);
  stops.push(() => document.removeEventListener('od-followup-ready', listener));
  return ready;
}

/**
 * Two people who each played alone, and each pressed Download in <ontdek-doe-summary>: the files
 * they took home, caught at the link's click.
 */
async function downloadedFiles(): Promise<File[]> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return create(object);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const sessions = [
    {
      alias: 'Ann',
      sessionId: 'ann-session',
      goals: [goalInput('Elke dag wandelen'), goalInput('Taalles zoeken')],
    },
    { alias: 'Bo', sessionId: 'bo-session', goals: [goalInput('Vrienden bellen', { theme: 'contact' })] },
  ];
  for (const { alias, sessionId, goals } of sessions) {
    const game = gameInSummary({ aliases: [alias], sessionId, cardsPerPlayer: 2, goals: [goals] });
    const { element } = await mountPhase('ontdek-doe-summary', game);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
    unmountPhases();
  }
  vi.restoreAllMocks();
  return Promise.all(
    blobs.map(async (blob, i) => new File([await blob.text()], names[i]!, { type: 'application/json' })),
  );
}

async function upload(element: OntdekDoeFollowupStart, files: File[], label = 'Samenvattingen kiezen') {
  await userEvent.upload(page.getByLabelText(label), files);
  await vi.waitFor(() => expect((element as unknown as { _busy: boolean })._busy).toBe(false));
  await settle(element);
}

const json = (name: string, data: unknown) =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

describe('<ontdek-doe-followup-start>', () => {
  it('two downloaded summaries → od-followup-ready with a FollowUpSource that has every goal, and a follow-up game starts from it', async () => {
    const files = await downloadedFiles();
    expect(files.map((f) => f.name)).toEqual([
      'ontdek-doe-ann-2026-11-23.json',
      'ontdek-doe-bo-2026-11-23.json',
    ]);
    const ready = listenReady();
    const { element, provider } = await mountPhase('ontdek-doe-followup-start', null);
    await expect.element(page.getByRole('heading', { level: 2, name: 'Een vervolg beginnen' })).toBeVisible();
    const input = await tabTo('input[type="file"]');
    expect(input.getAttribute('accept')).toContain('application/json');
    expect(input.hasAttribute('multiple')).toBe(true);
    await upload(element, files);
    const chosen = [...element.shadowRoot!.querySelectorAll('.chosen li')].map((li) => li.textContent);
    expect(chosen).toEqual([
      'ontdek-doe-ann-2026-11-23.json: Ann, doelen: 2',
      'ontdek-doe-bo-2026-11-23.json: Bo, doelen: 1',
    ]);
    expect(provider.announcements.at(-1)).toContain('Ann, doelen: 2');
    await expectAccessible(element);

    await press('button.primary', 'Begin het vervolg');
    expect(ready).toHaveLength(1);
    const followUp: FollowUpSource = ready[0]!.followUp;
    expect(followUp.sessionId).toBe('ann-session+bo-session');
    expect(followUp.players.map((p) => p.alias)).toEqual(['Ann', 'Bo']);
    expect(followUp.goals.map((g) => g.text)).toEqual([
      'Elke dag wandelen',
      'Taalles zoeken',
      'Vrienden bellen',
    ]);
    // Both played alone as p1: the follow-up keeps them apart.
    expect(new Set(followUp.players.map((p) => p.id)).size).toBe(2);
    expect(new Set(followUp.goals.map((g) => g.id)).size).toBe(3);
    const bo = followUp.players.find((p) => p.alias === 'Bo')!;
    expect(followUp.goals.find((g) => g.text === 'Vrienden bellen')).toMatchObject({
      playerId: bo.id,
      theme: 'contact',
      firstStep: 'Eerste stap voor vrienden bellen',
      helpers: [{ kind: 'network', who: 'mijn zus' }],
      confidence: 7,
    });
    expect(ready[0]!.summaries.every((s) => Object.values(s.lenses).every((l) => l.length === 0))).toBe(true);
    expect(provider.announcements.at(-1)).toBe('Het vervolg kan beginnen.');

    const game = createGame({ deck: sampleDeck, followUp, clock: fixedClock });
    const started = game.send({
      type: 'session.start',
      settings: {
        mode: 'group',
        players: [{ alias: 'Ann' }, { alias: 'Bo' }],
        language: 'nl',
        themes: [],
        maxDepth: 2,
        cardsPerPlayer: 0,
        excludeSensitivity: [],
        seed: 1,
      },
    });
    expect(started).toEqual({ accepted: true });
    expect(game.view().phase).toBe('checkIn');
    expect(game.getSession().followUp?.goals).toHaveLength(3);
  });

  it('the file button speaks the game’s language, not the browser’s: a labelled button, the native one hidden', async () => {
    const files = await downloadedFiles();
    const { element } = await mountPhase('ontdek-doe-followup-start', null, { lang: 'en' });
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    // The native control says "Choose Files" / "No file chosen" in the browser's own language,
    // whatever the game speaks: it is out of sight, and our label is the button.
    const box = input.getBoundingClientRect();
    expect(box.width * box.height).toBeLessThanOrEqual(1);
    const button = element.shadowRoot!.querySelector<HTMLLabelElement>('label[for="files"]')!;
    expect(button.textContent?.trim()).toBe('Choose summaries');
    expect(button.getAttribute('part')).toContain('button');
    const size = button.getBoundingClientRect();
    expect(size.height).toBeGreaterThanOrEqual(44);
    expect(size.width).toBeGreaterThanOrEqual(44);
    expect(page.getByLabelText('Choose summaries').element()).toBe(input);
    // Tab reaches the input, and the button shows the focus.
    expect(await tabTo('input[type="file"]')).toBe(input);
    expect(getComputedStyle(button).outlineStyle).toBe('solid');
    await upload(element, files, 'Choose summaries');
    expect(element.shadowRoot!.querySelectorAll('.chosen li')).toHaveLength(2);
    await expectAccessible(element);
  });

  it('a bad file gets a plain message of its own, never a crash; the good ones still count', async () => {
    const [good] = await downloadedFiles();
    const summary = JSON.parse(await good!.text()) as PlayerSummary;
    const badGoal = { ...summary, goals: [{ ...summary.goals[0], confidence: 11 }] };
    const big = new File(['x'.repeat(1_100_000)], 'groot.json', { type: 'application/json' });
    const { element, provider } = await mountPhase('ontdek-doe-followup-start', null);
    await upload(element, [
      new File(['{ niet af'], 'kapot.json'),
      json('boodschappen.json', { items: ['melk'] }),
      json('doel-kapot.json', badGoal),
      big,
      good!,
      good!,
    ]);
    const problems = [...element.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent);
    expect(problems).toEqual([
      'kapot.json: dit bestand kan niet gelezen worden. Is het wel een samenvatting?',
      'boodschappen.json: dit is geen samenvatting van Ontdek & Doe.',
      'doel-kapot.json: een doel in dit bestand klopt niet.',
      'groot.json: dit bestand is te groot voor een samenvatting.',
      'ontdek-doe-ann-2026-11-23.json: deze samenvatting is al gekozen.',
    ]);
    expect(element.shadowRoot!.querySelectorAll('.chosen li')).toHaveLength(1);
    expect(provider.announcements.at(-1)).toContain('kapot.json');
    await expect
      .element(page.getByRole('heading', { name: 'Deze bestanden kunnen niet gebruikt worden' }))
      .toBeVisible();
    await expectAccessible(element);
  });

  it('summaries of different decks: the core’s words are shown, nothing is fired', async () => {
    const [ann, bo] = await downloadedFiles();
    const other = { ...(JSON.parse(await bo!.text()) as PlayerSummary) };
    other.deck = { ...other.deck, id: 'jong' };
    const ready = listenReady();
    const { element } = await mountPhase('ontdek-doe-followup-start', null, { lang: 'en' });
    await upload(element, [ann!, json('other.json', other)], 'Choose summaries');
    await press('button.primary', 'Start the follow-up');
    await settle(element);
    expect(ready).toEqual([]);
    expect(element.shadowRoot!.querySelector('#start-error')?.textContent?.trim()).toBe(
      'These summaries belong to different decks. Play the follow-up per deck.',
    );
    await expect
      .element(page.getByRole('button', { name: 'Start the follow-up' }))
      .toHaveAccessibleDescription('These summaries belong to different decks. Play the follow-up per deck.');
    await expectAccessible(element);
  });

  it('Start without a summary says what to do', async () => {
    const ready = listenReady();
    const { element } = await mountPhase('ontdek-doe-followup-start', null);
    await press('button.primary');
    await settle(element);
    expect(ready).toEqual([]);
    expect(element.shadowRoot!.querySelector('#start-error')?.textContent?.trim()).toBe(
      'Kies eerst minstens één goede samenvatting.',
    );
    expect(deepActiveElement()?.matches('button.primary')).toBe(true);
  });

  for (const lang of ['nl', 'en'])
    it(`is accessible in ${lang}, empty and with summaries`, async () => {
      const files = await downloadedFiles();
      const { element } = await mountPhase('ontdek-doe-followup-start', null, { lang });
      await expectAccessible(element);
      await upload(
        element,
        [files[0]!, new File(['?'], 'x.json')],
        lang === 'nl' ? 'Samenvattingen kiezen' : 'Choose summaries',
      );
      await expectAccessible(element);
    });
});

describe('startFollowUp helpers', () => {
  it('checkSummary keeps only what a follow-up needs, and refuses what is not a summary', async () => {
    const [file] = await downloadedFiles();
    const summary = JSON.parse(await file!.text()) as PlayerSummary & { extra?: string };
    expect(summary.lenses.want.length + summary.lenses.can.length + summary.lenses.do.length).toBeGreaterThan(
      0,
    );
    const dirty = {
      ...summary,
      extra: 'x',
      player: { ...summary.player, secret: 1 },
      goals: summary.goals.map((g) => ({ ...g, sneaky: '<script>' })),
    };
    const clean = checkSummary(dirty) as PlayerSummary;
    expect(clean.goals).toEqual(summary.goals);
    expect(clean.player).toEqual(summary.player);
    expect('extra' in clean).toBe(false);
    expect(clean.lenses).toEqual({ want: [], can: [], do: [], need: [], more: [] });
    for (const bad of [
      null,
      42,
      'x',
      [],
      {},
      { ...summary, sessionId: '' },
      { ...summary, player: { alias: 'x' } },
    ])
      expect(checkSummary(bad)).toBe('not-summary');
    expect(checkSummary({ ...summary, goals: [{ ...summary.goals[0], helpers: [{ kind: 'boss' }] }] })).toBe(
      'bad-goal',
    );
    expect(checkSummary({ ...summary, goals: [{ ...summary.goals[0], text: '' }] })).toBe('bad-goal');
  });

  it('readSummaryFiles never throws, whatever it gets; startFollowUp gives the core’s refusal as words', async () => {
    const weird = [new File([new Uint8Array([0xff, 0xfe, 0x00])], ''), json('n.json', null)];
    await expect(readSummaryFiles(weird)).resolves.toEqual({
      summaries: [],
      problems: [
        { file: '?', code: 'not-json' },
        { file: 'n.json', code: 'not-summary' },
      ],
    });
    expect(startFollowUp([])).toEqual({
      ok: false,
      message: {
        nl: 'Kies minstens één samenvatting om een vervolg te spelen.',
        en: 'Choose at least one summary to play a follow-up.',
      },
    });
  });
});
