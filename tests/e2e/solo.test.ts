import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { playSolo } from './flows.ts';
import { cleanUp, mountGame } from './support.ts';

afterEach(() => cleanUp());

describe('a solo game with the keyboard only, on the default deck', () => {
  it('in Dutch: setup → discover → what matters → goals → summary (download) → finish', async () => {
    const game = await mountGame({ lang: 'nl', seed: '7' });
    const { summary, kinds } = await playSolo(game, 'nl', 'Sam', {
      text: 'Elke week wandelen',
      firstStep: 'Maandag een rondje om het huis',
      when: 'maandag',
      need: 'Goede schoenen',
    });
    expect(kinds).toHaveLength(3);
    expect(summary.goals).toHaveLength(1);
  });

  it('in English', async () => {
    const game = await mountGame({ lang: 'en', seed: '11' });
    const { summary } = await playSolo(game, 'en', 'Alex', {
      text: 'Walk every week',
      firstStep: 'A walk round the block on Monday',
      when: 'Monday',
      need: 'Good shoes',
    });
    expect(summary.goals[0]?.text).toBe('Walk every week');
  });
});

describe('320 px wide', () => {
  afterEach(async () => {
    await page.viewport(414, 896);
  });

  it('the solo game fits: nothing sticks out sideways at any phase', async () => {
    await page.viewport(320, 640);
    const game = await mountGame({ lang: 'nl', seed: '3' });
    expect(game.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await playSolo(
      game,
      'nl',
      'Sam',
      {
        text: 'Elke week met mijn buurvrouw naar de markt',
        firstStep: 'Zaterdagochtend bij haar aanbellen',
        when: 'zaterdag',
        need: 'Een boodschappentas op wieltjes',
      },
      { overflow: true },
    );
  });
});
