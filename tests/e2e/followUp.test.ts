import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { OdFollowUpReadyEvent } from '@ontdek-doe/components';
import '@ontdek-doe/components/define/ontdek-doe-followup-start.js';
import { expectScreen, leaveGoals, playSolo, words, type GoalWords } from './flows.ts';
import {
  cleanUp,
  deep,
  expectAccessible,
  expectFocusOnHeading,
  focused,
  inside,
  mountGame,
  onCleanUp,
  press,
  settled,
  tabTo,
  typeInto,
} from './support.ts';

afterEach(() => cleanUp());

const goal: GoalWords = {
  text: 'Elke week wandelen',
  firstStep: 'Maandag een rondje om het huis',
  when: 'maandag',
  need: 'Goede schoenen',
};

describe('a follow-up session from a downloaded summary, with the keyboard only', () => {
  it('reads the file, checks in on the goal (done, with a next step), and celebrates it in the new summary', async () => {
    // A first solo game; its downloaded summary is what the player brings back.
    const first = await mountGame({ lang: 'nl', seed: '7' });
    const { summary } = await playSolo(first, 'nl', 'Sam', goal);
    cleanUp();

    // The host page: <ontdek-doe-followup-start> reads the file, and its od-followup-ready
    // starts a game element with `followUp`, as the README says.
    const start = document.createElement('ontdek-doe-followup-start');
    start.lang = 'nl';
    document.body.append(start);
    onCleanUp(() => start.remove());
    const ready: OdFollowUpReadyEvent['detail'][] = [];
    start.addEventListener('od-followup-ready', (e) => ready.push(e.detail));
    await settled(start);
    await expectAccessible(start, 'follow-up start');
    const input = await tabTo(start, inside('ontdek-doe-followup-start', 'input[type="file"]'), {
      what: 'the file input',
    });
    const file = new File([`${JSON.stringify(summary, null, 2)}\n`], 'ontdek-doe-sam-2026-11-23.json', {
      type: 'application/json',
    });
    await userEvent.upload(input, file);
    await settled(start);
    expect(deep(start, '.chosen').textContent).toContain('Sam');
    await expectAccessible(start, 'follow-up start, file chosen');
    await press(start, inside('ontdek-doe-followup-start', 'button.primary'), 'the start button');
    expect(ready).toHaveLength(1);
    start.remove();

    const game = await mountGame({ lang: 'nl', seed: '8' }, { followUp: ready[0]!.followUp });
    expectScreen(game, 'ontdek-doe-setup');
    await expectAccessible(game, 'follow-up setup');
    await typeInto(game, inside('ontdek-doe-setup', '#alias-0'), 'Sam', 'the alias field');
    await typeInto(game, inside('ontdek-doe-setup', '#cards'), '0', 'the number of cards');
    await press(game, inside('ontdek-doe-setup', '#start'), 'the start button');

    // Check-in: the earlier goal and its first step; the three answers with the arrow keys.
    expectScreen(game, 'ontdek-doe-checkin');
    expectFocusOnHeading(game, words.nl.checkIn, 'the check-in');
    const checkin = deep(game, 'ontdek-doe-checkin');
    expect(checkin.shadowRoot!.textContent).toContain(goal.text);
    expect(checkin.shadowRoot!.textContent).toContain(goal.firstStep);
    await expectAccessible(game, 'check-in');
    const inCheckin = (selector: string) => inside('ontdek-doe-checkin', selector);
    await tabTo(game, inCheckin('input[name="status"]'), { what: 'the status radios' });
    await userEvent.keyboard(' ');
    await settled(game);
    const seen = [(focused() as HTMLInputElement).value];
    for (let i = 0; i < 2; i++) {
      await userEvent.keyboard('{ArrowDown}');
      await settled(game);
      seen.push((focused() as HTMLInputElement).value);
    }
    expect(seen).toEqual(['done', 'partly', 'not-yet']);
    await expectAccessible(game, 'check-in, not yet');
    await userEvent.keyboard('{ArrowDown}');
    await settled(game);
    expect((focused() as HTMLInputElement).value, 'the arrow keys wrap round to "done"').toBe('done');
    await typeInto(game, inCheckin('#helped'), 'Mijn buurvrouw liep mee', 'the helped field');
    await typeInto(game, inCheckin('#next-step'), 'Twee rondjes per week', 'the next-step field');
    await expectAccessible(game, 'check-in, done, filled in');
    await press(game, inCheckin('form button.primary'), 'the save button');
    expect(checkin.shadowRoot!.textContent).toContain('Gelukt! Goed gedaan.');
    await expectAccessible(game, 'check-in, saved');
    expect(game.game!.getSession().checkIns).toMatchObject([
      { status: 'done', helped: 'Mijn buurvrouw liep mee', nextStep: 'Twee rondjes per week' },
    ]);
    await press(game, (e) => inCheckin('button.primary')(e) && !e.closest('form'), 'the continue button');

    // No cards this time: straight on to goals, where no new goal is needed.
    expectScreen(game, 'ontdek-doe-goals');
    expectFocusOnHeading(game, words.nl.goals, 'goals');
    await leaveGoals(game, 'follow-up goals');

    // The new summary: the check-in, celebrated, with the next step.
    expectScreen(game, 'ontdek-doe-summary');
    expectFocusOnHeading(game, words.nl.summary('Sam'), 'the summary');
    await expectAccessible(game, 'follow-up summary');
    const checkIn = deep(deep(game, 'ontdek-doe-summary'), 'article.checkin');
    expect(checkIn.textContent).toContain(goal.text);
    expect(checkIn.textContent).toContain('Gelukt!');
    expect(checkIn.textContent).toContain('Twee rondjes per week');
    expect(checkIn.checkVisibility()).toBe(true);
    await press(game, inside('ontdek-doe-summary', 'button.primary'), 'the finish button');
    expectFocusOnHeading(game, words.nl.finished, 'the end');
    await expectAccessible(game, 'finished');
  });
});
