import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { checkPhase, expectScreen, leaveGoals, setGoal, words, type Lang } from './flows.ts';
import {
  answerCard,
  cleanUp,
  deep,
  expectFocusOnHeading,
  focused,
  inside,
  liveRegion,
  mountGame,
  press,
  settled,
  tabTo,
  typeInto,
} from './support.ts';

afterEach(() => cleanUp());

const inSetup = (selector: string) => inside('ontdek-doe-setup', selector);
const inDiscover = (selector: string) => inside('ontdek-doe-discover', selector);
const inMatters = (selector: string) => inside('ontdek-doe-matters', selector);
const players = ['Ann', 'Bo', 'Cas'];

/** What the players type, per language. */
const typed = {
  nl: {
    answers: ['Tekenen in het park', 'Koken voor vrienden', 'Mijn kleinkinderen'],
    reaction: 'Mooi gezegd!',
    goal: (alias: string) => ({
      text: `Doel van ${alias}`,
      firstStep: `Eerste stap van ${alias}`,
      when: 'morgen',
      need: 'Tijd',
    }),
  },
  en: {
    answers: ['Drawing in the park', 'Cooking for friends', 'My grandchildren'],
    reaction: 'Well said!',
    goal: (alias: string) => ({
      text: `Goal of ${alias}`,
      firstStep: `First step of ${alias}`,
      when: 'tomorrow',
      need: 'Time',
    }),
  },
} as const;

describe.each<Lang>(['nl', 'en'])(
  'a group of three with the keyboard only, on the default deck (%s)',
  (lang) => {
    const say = words[lang];
    const write = typed[lang];
    it('turns rotate with a hand-over, a reaction, the leader skips, pauses and ends discover early; matters, a goal and a summary each', async () => {
      const game = await mountGame({ lang, seed: '5', mode: 'group' });
      const session = () => game.game!.getSession();
      const current = () => session().players.find((p) => p.id === session().current?.playerId)?.alias;

      // Setup: three players, two cards each.
      expectScreen(game, 'ontdek-doe-setup');
      await checkPhase(game, 'group setup');
      await typeInto(game, inSetup('#alias-0'), 'Ann', 'the first alias');
      await typeInto(game, inSetup('#alias-1'), 'Bo', 'the second alias');
      await press(game, inSetup('#add-player'), 'the add-player button');
      expect(focused()?.id, 'focus moves to the new alias field').toBe('alias-2');
      await userEvent.keyboard('Cas');
      await typeInto(game, inSetup('#cards'), '2', 'the number of cards');
      await checkPhase(game, 'group setup, filled in');
      await press(game, inSetup('#start'), 'the start button');

      /** The hand-over to `alias`: its heading has focus and names them; their button shows the card. */
      const handOver = async (alias: string) => {
        expectScreen(game, 'ontdek-doe-discover');
        expectFocusOnHeading(game, say.handOver(alias), `the hand-over to ${alias}`);
        expect(
          () => deep(game, 'ontdek-doe-card'),
          'the card is hidden until the player asks for it',
        ).toThrow();
        await checkPhase(game, `hand-over to ${alias}`);
        await press(game, inDiscover('.handover button'), `the hand-over button for ${alias}`);
        expect(current()).toBe(alias);
        expect(deep(game, '#turn').textContent?.trim()).toBe(say.discover(alias));
        expect(deep(game, '[part="leader"]').textContent).toContain(say.leaderOnly);
      };

      // Ann answers (starred); Bo reacts.
      await handOver('Ann');
      await checkPhase(game, 'Ann’s card, leader panel');
      await answerCard(game, write.answers[0], { star: true });
      await typeInto(game, inDiscover('#react-text'), write.reaction, 'the reaction field');
      await press(game, inDiscover('button.react'), 'the react button');
      expect(session().answers[0]?.reactions).toEqual([{ playerId: 'p2', text: write.reaction }]);
      expect(deep(game, '.reaction-list').textContent).toContain('Bo:');
      await checkPhase(game, 'Ann answered, Bo reacted');
      await press(game, inDiscover('button.next'), 'the next button');

      // Bo: the leader skips the card; the turn goes on to Cas.
      await handOver('Bo');
      await press(game, inDiscover('button.skip'), 'the leader’s skip button');
      expect(session().history.at(-1)).toMatchObject({ playerId: 'p2', outcome: 'skipped' });

      // Cas: the leader pauses and plays on.
      await handOver('Cas');
      await press(game, inDiscover('button.pause'), 'the leader’s pause button');
      expect(session().paused).toBe(true);
      expect(focused()?.textContent?.trim(), 'focus on the pause message').toBe(say.paused);
      await checkPhase(game, 'paused');
      await press(game, (e) => e.matches('button.resume'), 'the play-on button');
      expect(session().paused).toBe(false);
      await answerCard(game, write.answers[1]);
      await press(game, inDiscover('button.next'), 'the next button');

      // Round two (Bo still owes the card that was skipped): the next player answers, then the
      // leader ends discover early on the turn after that.
      const second = current()!;
      expect(second, 'after Cas the turn moves on to someone else').not.toBe('Cas');
      await handOver(second);
      await answerCard(game, write.answers[2]);
      await press(game, inDiscover('button.next'), 'the next button');
      const third = current()!;
      expect(third).not.toBe(second);
      await handOver(third);
      await press(game, inDiscover('button.end-phase'), 'the leader’s end-this-part button');
      await expect.poll(() => liveRegion(game)).toContain(say.matters);

      // What matters: each player in turn chooses the first thing offered.
      for (const alias of players) {
        expectScreen(game, 'ontdek-doe-matters');
        expectFocusOnHeading(game, say.matters, `what matters for ${alias}`);
        expect(deep(deep(game, 'ontdek-doe-matters'), '.player').textContent).toContain(alias);
        await checkPhase(game, `what matters, ${alias}`);
        await tabTo(game, inMatters('input[type="checkbox"]'), { what: 'the first choice' });
        await userEvent.keyboard(' ');
        await press(game, inMatters('button.primary'), 'the save button of what matters');
      }
      for (const player of session().players) expect(session().matters[player.id]).toHaveLength(1);

      // Goals: one each.
      for (const [i, alias] of players.entries()) {
        expectScreen(game, 'ontdek-doe-goals');
        // The phase's heading for the first player; for the next ones, the heading of their new form.
        expectFocusOnHeading(game, i === 0 ? say.goals : say.goalHeading, `goals for ${alias}`);
        expect(deep(deep(game, 'ontdek-doe-goals'), '.player').textContent).toContain(alias);
        await setGoal(game, write.goal(alias), {}, `goals, ${alias}`);
        await leaveGoals(game, `goals list, ${alias}`);
      }
      expect(session().goals.map((g) => g.firstStep)).toEqual(players.map((a) => write.goal(a).firstStep));

      // The summary, per player: chosen with the arrow keys in the player list.
      expectScreen(game, 'ontdek-doe-summary');
      expectFocusOnHeading(game, say.summary('Ann'), 'the summary');
      const summary = deep(game, 'ontdek-doe-summary');
      for (const [i, alias] of players.entries()) {
        if (i > 0) {
          await tabTo(game, inside('ontdek-doe-summary', 'select#player'), { what: 'the player list' });
          await userEvent.keyboard('{ArrowDown}');
          await settled(game);
        }
        expect(deep(summary, '#heading').textContent?.trim()).toBe(say.summary(alias));
        expect(deep(summary, 'article.goal').textContent).toContain(write.goal(alias).firstStep);
        await checkPhase(game, `summary of ${alias}`);
      }
      await press(game, inside('ontdek-doe-summary', 'button.primary'), 'the finish button');
      expectFocusOnHeading(game, say.finished, 'the end');
      await checkPhase(game, 'finished');
    });
  },
);
