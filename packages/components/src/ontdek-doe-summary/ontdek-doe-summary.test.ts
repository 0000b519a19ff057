import type { PlayerSummary } from '@ontdek-doe/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import type { OdSummaryTakenEvent } from '../events.ts';
import { expectAccessible } from '../testing/expectAccessible.ts';
import {
  gameInCheckIn,
  gameInSummary,
  goalInput,
  mountPhase,
  settle,
  takeHome,
  unmountPhases,
} from '../testing/gameHarness.ts';
import { press, tabTo } from '../testing/keyboard.ts';
import { deepActiveElement } from '../testing/mount.ts';
import '../define/ontdek-doe-summary.ts';
import { fileSlug, summaryFileName } from './downloadSummary.ts';
import type { OntdekDoeSummary } from './ontdek-doe-summary.ts';

const $ = <T extends Element = HTMLElement>(element: OntdekDoeSummary, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const $$ = (element: OntdekDoeSummary, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** Records `od-summary-taken` at the document, as a host page would. */
function listenTaken() {
  const taken: OdSummaryTakenEvent['detail'][] = [];
  const listener = (e: OdSummaryTakenEvent) => taken.push(e.detail);
  document.addEventListener('od-summary-taken', listener);
  stops.push(() => document.removeEventListener('od-summary-taken', listener));
  return taken;
}
const stops: (() => void)[] = [];

afterEach(async () => {
  unmountPhases();
  while (stops.length) stops.pop()?.();
  vi.restoreAllMocks();
  await commands.emulateMedia({ reducedMotion: null, media: null });
});

/** Intercepts the download: the Blob handed to `URL.createObjectURL` and the link's click. */
function interceptDownload() {
  const blobs: Blob[] = [];
  const clicks: { download: string; href: string }[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return create(object);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ download: this.download, href: this.href });
  });
  return { blobs, clicks };
}

/** A finished first session, then a follow-up where the goals were checked in (done and not yet), now in its summary. */
function followUpInSummary() {
  const first = gameInSummary({
    aliases: ['Ann', 'Bo'],
    cardsPerPlayer: 1,
    goals: [[goalInput('Elke dag wandelen'), goalInput('Taalles zoeken')], [goalInput('Vrienden bellen')]],
  });
  first.send({ type: 'session.finish' });
  const game = gameInCheckIn(takeHome(first));
  const [walk, lessons] = game.getSession().followUp!.goals;
  game.send({ type: 'checkIn.record', checkIn: { goalId: walk!.id, status: 'done', helped: 'Mijn hond' } });
  game.send({
    type: 'checkIn.record',
    checkIn: { goalId: lessons!.id, status: 'not-yet', obstacles: 'Geen tijd', nextStep: 'Zaterdag bellen' },
  });
  game.send({ type: 'phase.next' });
  game.send({ type: 'phase.next' });
  return game;
}

describe('<ontdek-doe-summary>: what it shows', () => {
  it('the player’s own words by the four lenses, with the question small above; what matters; goals with step, when, who helps, confidence', async () => {
    const game = gameInSummary({ cardsPerPlayer: 8 });
    const summary = game.summary('p1')!;
    const { element } = await mountPhase('ontdek-doe-summary', game);
    await expect.element(page.getByRole('heading', { level: 2, name: 'Samenvatting van Sam' })).toBeVisible();
    expect($(element, '.muted')?.textContent).toBe('Datum: 23 november 2026');
    const headings = $$(element, 'h3').map((h) => h.textContent?.trim());
    expect(headings.slice(0, 4)).toEqual([
      'Wat wil ik?',
      'Wat kan ik?',
      'Wat doe ik al?',
      'Wat heb ik nodig?',
    ]);
    expect(headings).toContain('Wat ik belangrijk vind');
    expect(headings).toContain('Mijn doelen');
    expect(headings.includes('Meer')).toBe(summary.lenses.more.length > 0);
    for (const lens of ['want', 'can', 'do', 'need'] as const) {
      const section = $(element, `section[aria-labelledby="lens-${lens}"]`)!;
      const items = section.querySelectorAll('.answer');
      expect(items).toHaveLength(summary.lenses[lens].length);
      summary.lenses[lens].forEach((a, i) => {
        expect(items[i]!.querySelector('.question')?.textContent).toBe(a.prompt);
        expect(items[i]!.querySelector('.words')?.textContent).toContain(a.answer || 'Hardop verteld');
        if (a.starred) expect(items[i]!.textContent).toContain('Belangrijk');
      });
    }
    expect(element.shadowRoot!.textContent).toContain('Hardop verteld');
    const matters = $$(element, 'section[aria-labelledby="matters-heading"] li').map((li) => li.textContent);
    expect(matters).toEqual(summary.matters.map((m) => m.label));
    expect(matters).toContain('Mijn kleinkinderen');
    const goal = $(element, '[part="goal"]')!;
    expect(goal.textContent).toContain('Wandelen met Sam');
    expect(goal.textContent).toContain('Eerste stap voor wandelen met sam');
    expect(goal.textContent).toContain('deze week');
    expect(goal.textContent).toContain('Iemand die ik ken (mijn zus)');
    expect(goal.textContent).toContain('7 van 10');
    await expectAccessible(element);
  });

  it('leaves private answers out until the player turns them on (player.includePrivate), with the keyboard', async () => {
    const game = gameInSummary({ private: (n) => n === 1 });
    const privateAnswer = game.getSession().answers[1]!;
    const words = (privateAnswer.value as { text?: string }).text ?? '';
    const { element } = await mountPhase('ontdek-doe-summary', game, { lang: 'en' });
    const toggle = page.getByRole('checkbox', { name: 'Also show my private answers' });
    await expect.element(toggle).not.toBeChecked();
    const count = () => $$(element, '.answer').length;
    expect(count()).toBe(3);
    if (words) expect(element.shadowRoot!.textContent).not.toContain(words);
    await expectAccessible(element);
    await tabTo('input#include-private');
    await userEvent.keyboard(' ');
    await settle(element);
    expect(game.getSession().players[0]!.includePrivateInSummary).toBe(true);
    await expect.element(toggle).toBeChecked();
    expect(count()).toBe(4);
    await expectAccessible(element);
    await userEvent.keyboard(' ');
    await settle(element);
    expect(count()).toBe(3);
  });

  it('with nothing written and no goal it says so kindly', async () => {
    const game = gameInSummary({ pass: () => true, goals: [[]] });
    const { element } = await mountPhase('ontdek-doe-summary', game);
    expect($$(element, '.muted').map((p) => p.textContent)).toContain('Hier staat nog niets.');
    expect(element.shadowRoot!.textContent).toContain('Geen doel gekozen. Dat is ook goed.');
    await expectAccessible(element);
  });

  it('a group: a native select chooses whose summary shows', async () => {
    const game = gameInSummary({ aliases: ['Ann', 'Bo'], cardsPerPlayer: 2 });
    const { element } = await mountPhase('ontdek-doe-summary', game);
    const select = page.getByRole('combobox', { name: 'Samenvatting van' });
    await expect.element(select).toHaveValue('p1');
    await tabTo('select#player');
    await userEvent.selectOptions(select, 'Bo');
    await settle(element);
    await expect.element(page.getByRole('heading', { level: 2, name: 'Samenvatting van Bo' })).toBeVisible();
    expect(deepActiveElement()?.id).toBe('player');
    expect(element.shadowRoot!.textContent).toContain('Wandelen met Bo');
    expect(element.shadowRoot!.textContent).not.toContain('Wandelen met Ann');
    await expectAccessible(element);
  });
});

describe('<ontdek-doe-summary>: taking it home', () => {
  beforeEach(() => {
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
  });

  it('Download gives game.summary(playerId) as ontdek-doe-<alias>-<date>.json, through a Blob and an object URL', async () => {
    const game = gameInSummary({ aliases: ['José María', 'Bo'], cardsPerPlayer: 1 });
    const { blobs, clicks } = interceptDownload();
    const taken = listenTaken();
    const { element, provider } = await mountPhase('ontdek-doe-summary', game);
    await press('button.download');
    expect(clicks).toEqual([
      { download: 'ontdek-doe-jose-maria-2026-11-23.json', href: expect.stringMatching(/^blob:/) },
    ]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/json');
    const downloaded = JSON.parse(await blobs[0]!.text()) as PlayerSummary;
    expect(downloaded).toEqual(JSON.parse(JSON.stringify(game.summary('p1'))));
    expect(downloaded.goals).toHaveLength(1);
    expect(taken).toEqual([{ playerId: 'p1', how: 'download' }]);
    expect(provider.announcements.at(-1)).toBe(
      'Het bestand ontdek-doe-jose-maria-2026-11-23.json is gedownload.',
    );
    expect(element.shadowRoot!.querySelector('a')).toBeNull();
    await expect
      .element(page.getByRole('button', { name: 'Downloaden' }))
      .toHaveAccessibleDescription('Het bestand komt op dit apparaat. Er gaat niets via internet.');

    await userEvent.selectOptions(page.getByRole('combobox'), 'Bo');
    await settle(element);
    await press('button.download');
    expect(clicks.at(-1)?.download).toBe('ontdek-doe-bo-2026-11-23.json');
    expect(JSON.parse(await blobs.at(-1)!.text())).toEqual(JSON.parse(JSON.stringify(game.summary('p2'))));
    expect(taken.at(-1)).toEqual({ playerId: 'p2', how: 'download' });
  });

  it('Print opens the browser’s print dialog and tells the host', async () => {
    const taken = listenTaken();
    const { element } = await mountPhase('ontdek-doe-summary', gameInSummary());
    await press('button.print');
    expect(window.print).toHaveBeenCalledTimes(1);
    expect(taken).toEqual([{ playerId: 'p1', how: 'print' }]);
    expect(element).toBeTruthy();
  });

  it('has a print stylesheet: on paper no buttons, no select, no switch, and larger type', async () => {
    const { element } = await mountPhase(
      'ontdek-doe-summary',
      gameInSummary({ aliases: ['Ann', 'Bo'], cardsPerPlayer: 1 }),
    );
    const rules = (element.shadowRoot!.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules]);
    const print = rules.filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print',
    );
    expect(print.length).toBeGreaterThan(0);
    expect(print.map((r) => r.cssText).join('\n')).toMatch(/button/);

    const screenSize = parseFloat(getComputedStyle(element).fontSize);
    await commands.emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).toBe(true);
    for (const hidden of $$(element, 'button, select, input, .no-print'))
      expect(getComputedStyle(hidden).display, hidden.outerHTML.slice(0, 60)).toBe('none');
    expect(parseFloat(getComputedStyle(element).fontSize)).toBeGreaterThan(screenSize);
    expect(getComputedStyle($(element, '[part="panel"]')!).display).not.toBe('none');
    expect(getComputedStyle($(element, '[data-heading]')!).display).not.toBe('none');
  });

  it('Klaar finishes the session; the summary stays, without Klaar', async () => {
    const game = gameInSummary();
    const { element } = await mountPhase('ontdek-doe-summary', game, { lang: 'en' });
    await press('button.primary', 'Finish');
    await settle(element);
    expect(game.view().phase).toBe('finished');
    expect($(element, 'button.primary')).toBeNull();
    await expect.element(page.getByRole('heading', { level: 2, name: 'Summary of Sam' })).toBeVisible();
    await expectAccessible(element);
  });
});

describe('<ontdek-doe-summary>: on a shared device', () => {
  it('says that Klaar wipes everything, and asks again while someone has not taken their summary home', async () => {
    const game = gameInSummary({ aliases: ['Ann', 'Bo'], cardsPerPlayer: 1 });
    const { element } = await mountPhase('ontdek-doe-summary', game);
    element.setAttribute('shared-device', '');
    await settle(element);
    interceptDownload();
    await expect
      .element(page.getByRole('button', { name: 'Klaar' }))
      .toHaveAccessibleDescription(
        'Dit apparaat is voor iedereen. Na Klaar wordt alles van dit spel gewist. Wil je je samenvatting houden? Druk dan eerst op Afdrukken of Downloaden.',
      );
    await press('button.download');
    await press('button.primary', 'Klaar');
    await settle(element);
    // Bo has not taken his: nothing is wiped yet; the safe choice has focus.
    expect(game.view().phase).toBe('summary');
    expect($(element, '.confirm-finish')!.textContent).toContain('Nog niet meegenomen: Bo.');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Nee, terug');
    await expectAccessible(element);
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect($(element, '.confirm-finish')).toBeNull();
    expect(deepActiveElement()?.textContent?.trim()).toBe('Klaar');
    expect(game.view().phase).toBe('summary');
    // Asked again, and confirmed: now the session ends.
    await userEvent.keyboard('{Enter}');
    await settle(element);
    await press('button.wipe', 'Ja, alles wissen');
    expect(game.view().phase).toBe('finished');
  });

  it('finishes at once when everyone took their summary home', async () => {
    const game = gameInSummary({ aliases: ['Ann', 'Bo'], cardsPerPlayer: 1 });
    const { element } = await mountPhase('ontdek-doe-summary', game);
    element.sharedDevice = true;
    await settle(element);
    interceptDownload();
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await press('button.download');
    await userEvent.selectOptions(page.getByRole('combobox'), 'Bo');
    await settle(element);
    await press('button.print');
    await press('button.primary', 'Klaar');
    expect(game.view().phase).toBe('finished');
  });

  it('without shared-device, Klaar needs no second question', async () => {
    const game = gameInSummary();
    const { element } = await mountPhase('ontdek-doe-summary', game);
    expect($(element, '#shared-hint')).toBeNull();
    await press('button.primary', 'Klaar');
    expect(game.view().phase).toBe('finished');
  });
});

describe('<ontdek-doe-summary>: a follow-up', () => {
  it('shows how earlier goals went and celebrates a done goal: "Gelukt!" with a small burst', async () => {
    const game = followUpInSummary();
    const { element } = await mountPhase('ontdek-doe-summary', game);
    await expect.element(page.getByRole('heading', { name: 'Hoe ging het met mijn doelen?' })).toBeVisible();
    const [done, notYet] = $$(element, '.checkin');
    expect(done!.querySelector('[part="badge"]')?.textContent).toBe('Gelukt!');
    expect(done!.querySelector('.confetti')?.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(done!.querySelector('.confetti span')!).animationName).toBe('od-burst');
    expect(done!.textContent).toContain('Mijn hond');
    expect(notYet!.textContent).toContain('Hoe het ging: Nog niet');
    expect(notYet!.textContent).toContain('Geen tijd');
    expect(notYet!.querySelector('[part="badge"]')).toBeNull();
    // the next step became a goal of this session, and is in the goals
    expect($(element, 'section[aria-labelledby="goals-heading"]')!.textContent).toContain('Zaterdag bellen');
    await expectAccessible(element);
  });

  it('with reduced motion: only the badge, no confetti', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const { element } = await mountPhase('ontdek-doe-summary', followUpInSummary(), { lang: 'en' });
    expect($(element, '[part="badge"]')?.textContent).toBe('Done!');
    expect($(element, '.confetti')).toBeNull();
    await expectAccessible(element);
  });
});

describe('<ontdek-doe-summary>: accessible in nl and en', () => {
  for (const lang of ['nl', 'en'])
    it(`${lang}: solo, group, private shown`, async () => {
      const solo = await mountPhase(
        'ontdek-doe-summary',
        gameInSummary({ language: lang, private: (n) => n === 0 }),
        { lang },
      );
      await expectAccessible(solo.element);
      await press('input#include-private');
      await settle(solo.element);
      await userEvent.keyboard(' ');
      await settle(solo.element);
      await expectAccessible(solo.element);
      unmountPhases();
      const group = await mountPhase(
        'ontdek-doe-summary',
        gameInSummary({ language: lang, aliases: ['Ann', 'Bo'] }),
        {
          lang,
        },
      );
      await expectAccessible(group.element);
    });
});

describe('summary file names', () => {
  it('makes a safe slug of any alias, and takes the session’s date', () => {
    expect(fileSlug('José María')).toBe('jose-maria');
    expect(fileSlug('  ../../etc/passwd ')).toBe('etc-passwd');
    expect(fileSlug('محمد')).toBe('speler');
    expect(fileSlug('A'.repeat(100))).toHaveLength(40);
    expect(
      summaryFileName({ player: { alias: 'Sam' }, date: '2026-11-23T10:00:00.000Z' } as PlayerSummary),
    ).toBe('ontdek-doe-sam-2026-11-23.json');
  });
});
