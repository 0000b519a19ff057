import type { Game } from '@ontdek-doe/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import {
  gameInCheckIn,
  gameInDo,
  gameInMatters,
  gameInSummary,
  goalInput,
  mountPhase,
  takeHome,
  unmountPhases,
} from '../testing/gameHarness.ts';
import '../define/ontdek-doe-matters.ts';
import '../define/ontdek-doe-goals.ts';
import '../define/ontdek-doe-summary.ts';
import '../define/ontdek-doe-checkin.ts';
import '../define/ontdek-doe-followup-start.ts';

afterEach(async () => {
  unmountPhases();
  await commands.emulateMedia({ reducedMotion: null, forcedColors: null });
  await page.viewport(414, 896);
});

type Tag =
  | 'ontdek-doe-matters'
  | 'ontdek-doe-goals'
  | 'ontdek-doe-summary'
  | 'ontdek-doe-checkin'
  | 'ontdek-doe-followup-start';

function checkInGame(): Game {
  const first = gameInSummary({ goals: [[goalInput('Elke dag wandelen')]] });
  first.send({ type: 'session.finish' });
  return gameInCheckIn(takeHome(first));
}

/** Each phase element with a game in its phase (goals with a card, so every kind of button shows). */
const ELEMENTS: [Tag, () => Game | null][] = [
  ['ontdek-doe-matters', () => gameInMatters()],
  [
    'ontdek-doe-goals',
    () => {
      const game = gameInDo();
      game.send({ type: 'goal.set', playerId: 'p1', goal: goalInput('Wandelen') });
      return game;
    },
  ],
  ['ontdek-doe-summary', () => gameInSummary()],
  ['ontdek-doe-checkin', checkInGame],
  ['ontdek-doe-followup-start', () => null],
];

describe('every phase element', () => {
  for (const [tag, make] of ELEMENTS) {
    it(`${tag}: every button and option is at least 44 × 44 px`, async () => {
      const { element } = await mountPhase(tag, make());
      const targets = element.shadowRoot!.querySelectorAll('button, label.option');
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.round(width), target.textContent ?? '').toBeGreaterThanOrEqual(44);
        expect(Math.round(height), target.textContent ?? '').toBeGreaterThanOrEqual(44);
      }
    });

    it(`${tag}: fits 320 px, mirrors right to left, and stays accessible there`, async () => {
      await page.viewport(320, 640);
      const { element, wrapper } = await mountPhase(tag, make());
      wrapper.dir = 'rtl';
      await element.updateComplete;
      const host = element.getBoundingClientRect();
      for (const child of element.shadowRoot!.querySelectorAll('*')) {
        const box = child.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, child.outerHTML.slice(0, 80)).toBeLessThanOrEqual(host.right + 0.5);
        expect(box.left, child.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(host.left - 0.5);
      }
      const heading = element.shadowRoot!.querySelector('[data-heading]')!;
      expect(getComputedStyle(heading).direction).toBe('rtl');
      await expectAccessible(element);
    });

    it(`${tag}: no transitions under reduced motion; solid borders in forced colours`, async () => {
      const { element } = await mountPhase(tag, make());
      await commands.emulateMedia({ reducedMotion: 'reduce' });
      for (const child of element.shadowRoot!.querySelectorAll('*')) {
        const style = getComputedStyle(child);
        expect(style.transitionDuration, child.localName).toMatch(/^0s(, 0s)*$/);
        expect(style.animationDuration, child.localName).toMatch(/^0s(, 0s)*$/);
      }
      await commands.emulateMedia({ forcedColors: 'active' });
      for (const button of element.shadowRoot!.querySelectorAll('button')) {
        const style = getComputedStyle(button);
        expect(style.borderTopStyle).toBe('solid');
        expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
