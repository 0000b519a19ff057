import { createGame } from '@ontdek-doe/core';
import { sampleDeck } from '@ontdek-doe/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { cardFixture, type FixtureId } from '../testing/fixtures.ts';
import { deepActiveElement, mountCard, part, unmountAll } from '../testing/mount.ts';
import type { OntdekDoeCard } from './ontdek-doe-card.ts';

afterEach(() => unmountAll());

/** Tab from the question (where focus lands when a card appears) `times` times. */
async function tabFromQuestion(card: OntdekDoeCard, times: number) {
  card.focusQuestion();
  for (let i = 0; i < times; i++) await userEvent.tab();
}

/** Tab until the focused element matches `selector` (at most 12 presses), then return it. */
async function tabTo(selector: string): Promise<Element> {
  for (let i = 0; i < 12; i++) {
    await userEvent.tab();
    const active = deepActiveElement();
    if (active?.matches(selector)) return active;
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${deepActiveElement()?.outerHTML}`);
}

describe('<ontdek-doe-card> renders a CardView as the player sees it', () => {
  it('shows the family in words, the theme, the depth with a text alternative and the question as a heading', async () => {
    const { card } = await mountCard(cardFixture('text-good-at', 'nl'));
    expect(part(card, '[part="family"]').textContent).toBe('Kunnen');
    expect(part(card, '[part="theme"]').textContent).toBe('Contact met anderen');
    await expect.element(page.getByRole('img', { name: 'Diepte 2 van 3' })).toBeInTheDocument();
    expect(card.shadowRoot?.querySelectorAll('.dot.on')).toHaveLength(2);
    const heading = page.getByRole('heading', { level: 2 });
    await expect.element(heading).toHaveTextContent('Waar ben je goed in als het om andere mensen gaat?');
    const question = part(card, '[part="question"]');
    expect(question.getAttribute('tabindex')).toBe('-1');
    expect(question.lang).toBe('nl');
  });

  it('paints the theme colour on the band, and the next card’s theme colour when the card changes', async () => {
    const { card } = await mountCard(cardFixture('faces-home'));
    const band = () => getComputedStyle(part(card, '[part="band"]')).backgroundColor;
    expect(band()).toBe('rgb(163, 74, 0)');
    card.card = cardFixture('text-good-at');
    await card.updateComplete;
    expect(band()).toBe('rgb(122, 62, 157)');
    card.card = cardFixture('faces-home');
    await card.updateComplete;
    expect(band()).toBe('rgb(163, 74, 0)');
  });

  it('marks easy language and shows the easy text', async () => {
    const { card } = await mountCard(cardFixture('talk-learn', 'en', 'easy'), { lang: 'en' });
    expect(part(card, '[part="easy"]').textContent).toBe('Easy language');
    expect(part(card, '[part="question"]').textContent?.trim()).toBe('What do you want to learn?');
  });

  it('shows a picture with its text alternative', async () => {
    await mountCard(cardFixture('picture-moment', 'en'), { lang: 'en' });
    await expect.element(page.getByRole('img', { name: 'A sun above the horizon' })).toBeVisible();
  });

  it('renders text that looks like HTML as text', async () => {
    const { card } = await mountCard(cardFixture('html-looking', 'nl'));
    const question = part(card, '[part="question"]');
    expect(question.textContent?.trim()).toBe(
      '<img src=x onerror="window.__odInjected=1"><b>Vet</b> & meer?',
    );
    expect(question.querySelector('img, b')).toBeNull();
    expect(part(card, '.option-label').textContent).toBe('<script>window.__odInjected=1</script>');
    expect(card.shadowRoot?.querySelector('script')).toBeNull();
    expect((window as { __odInjected?: number }).__odInjected).toBeUndefined();
  });

  it('uses the heading level the page asks for', async () => {
    const { card } = await mountCard(cardFixture('talk-learn'));
    card.headingLevel = 3;
    await card.updateComplete;
    await expect.element(page.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });

  it('renders nothing without a card', async () => {
    const { card } = await mountCard(null);
    expect(card.shadowRoot?.querySelector('[part="card"]')).toBeNull();
  });
});

describe('answering with the keyboard only', () => {
  it('talk: says "Vertel het hardop"; an optional note; Enter on Klaar answers', async () => {
    const { card, heard } = await mountCard(cardFixture('talk-learn'));
    expect(part(card, '.talk').textContent).toContain('Vertel het hardop');
    await tabFromQuestion(card, 1);
    expect(deepActiveElement()?.id).toBe('note');
    await userEvent.keyboard('Leren zwemmen');
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(heard.answers).toEqual([
      { value: { kind: 'talk', text: 'Leren zwemmen' }, starred: false, private: false },
    ]);
  });

  it('talk: without a note the answer is told out loud only', async () => {
    const { heard } = await mountCard(cardFixture('talk-learn', 'en'), { lang: 'en' });
    await tabTo('button.primary');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Done');
    await userEvent.keyboard(' ');
    expect(heard.answers).toEqual([{ value: { kind: 'talk' }, starred: false, private: false }]);
  });

  it('text: a labelled field with the card’s maximum and a visible counter', async () => {
    const { card, heard } = await mountCard(cardFixture('text-good-at'));
    const field = page.getByRole('textbox', { name: 'Jouw antwoord' });
    await expect.element(field).toHaveAttribute('maxlength', '200');
    await tabFromQuestion(card, 1);
    await userEvent.keyboard('Luisteren');
    expect(part(card, '[part="counter"]').textContent?.trim()).toBe('9 van de 200 tekens');
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(heard.answers).toEqual([
      { value: { kind: 'text', text: 'Luisteren' }, starred: false, private: false },
    ]);
  });

  it('text: Klaar with an empty field explains what is missing and goes back to the field', async () => {
    const { card, heard } = await mountCard(cardFixture('text-good-at'));
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    await card.updateComplete;
    expect(heard.answers).toEqual([]);
    expect(part(card, '[part="error"]').textContent?.trim()).toBe(
      'Schrijf eerst iets op. Of kies Overslaan.',
    );
    expect(deepActiveElement()?.id).toBe('text');
    expect(part(card, 'textarea').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(card);
  });

  it('faces: five native radios with faces and words; arrow keys choose', async () => {
    const { card, heard } = await mountCard(cardFixture('faces-home'));
    await expect
      .element(page.getByRole('radiogroup', { name: 'Hoe voel je je hierbij?' }))
      .toBeInTheDocument();
    const radios = card.shadowRoot?.querySelectorAll('input[type="radio"]') ?? [];
    expect(radios).toHaveLength(5);
    expect(card.shadowRoot?.querySelectorAll('svg.face')).toHaveLength(5);
    for (const name of ['heel niet fijn', 'niet fijn', 'gaat wel', 'fijn', 'heel fijn'])
      await expect.element(page.getByRole('radio', { name, exact: true })).toBeInTheDocument();
    await tabFromQuestion(card, 1);
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.element(page.getByRole('radio', { name: 'fijn', exact: true })).toBeChecked();
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(heard.answers).toEqual([{ value: { kind: 'faces', face: 4 }, starred: false, private: false }]);
  });

  it('choice (multiple): native checkboxes, Space ticks, answers in the card’s order', async () => {
    const { card, heard } = await mountCard(cardFixture('choice-free-time', 'en'), { lang: 'en' });
    expect(card.shadowRoot?.querySelectorAll('input[type="checkbox"]')).toHaveLength(4);
    await expect.element(page.getByRole('group', { name: /more than one/ })).toBeInTheDocument();
    await tabFromQuestion(card, 1); // Going outside
    await userEvent.tab(); // Cooking together
    await userEvent.tab(); // Music
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}'); // back to Going outside
    await userEvent.keyboard(' ');
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(heard.answers).toEqual([
      { value: { kind: 'choice', options: ['walk', 'music'] }, starred: false, private: false },
    ]);
  });

  it('choice (one): native radios, arrow keys choose one', async () => {
    const { card, heard } = await mountCard(cardFixture('choice-this-week'));
    expect(card.shadowRoot?.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    await tabFromQuestion(card, 1);
    await userEvent.keyboard(' {ArrowDown}');
    await expect.element(page.getByRole('radio', { name: 'Een stukje lopen' })).toBeChecked();
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(heard.answers).toEqual([
      { value: { kind: 'choice', options: ['walk'] }, starred: false, private: false },
    ]);
  });

  it('Belangrijk and Alleen voor mij are toggle buttons (aria-pressed) that go with the answer', async () => {
    const { heard } = await mountCard(cardFixture('talk-learn'));
    const starButton = page.getByRole('button', { name: 'Belangrijk' });
    await expect.element(starButton).toHaveAttribute('aria-pressed', 'false');
    await tabTo('button.star');
    await userEvent.keyboard(' ');
    await expect.element(starButton).toHaveAttribute('aria-pressed', 'true');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(page.getByRole('button', { name: 'Alleen voor mij' }))
      .toHaveAttribute('aria-pressed', 'true');
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(heard.answers).toEqual([{ value: { kind: 'talk' }, starred: true, private: true }]);
  });

  it('Overslaan is always there and passes the card', async () => {
    for (const id of ['talk-learn', 'text-good-at', 'faces-home', 'choice-free-time'] as FixtureId[]) {
      const { heard } = await mountCard(cardFixture(id));
      await tabTo('button.pass');
      await userEvent.keyboard('{Enter}');
      expect(heard.passes).toEqual([{ cardId: id }]);
      expect(heard.answers).toEqual([]);
      unmountAll();
    }
  });
});

describe('focus', () => {
  it('moves to the question heading when the card changes, not on the first render', async () => {
    const { card } = await mountCard(cardFixture('talk-learn'));
    expect(deepActiveElement()).not.toBe(part(card, '[part="question"]'));
    card.card = cardFixture('faces-home');
    await card.updateComplete;
    expect(deepActiveElement()).toBe(part(card, '[part="question"]'));
    expect(part(card, '[part="question"]').textContent?.trim()).toBe('Hoe gaat het met je thuis?');
  });

  it('starts a new card with a clean answer', async () => {
    const { card } = await mountCard(cardFixture('text-good-at'));
    await tabFromQuestion(card, 1);
    await userEvent.keyboard('Iets');
    card.card = cardFixture('long-text');
    await card.updateComplete;
    expect(part<HTMLTextAreaElement>(card, 'textarea').value).toBe('');
  });
});

describe('accessibility (axe-core on the element)', () => {
  const kinds: FixtureId[] = [
    'talk-learn',
    'text-good-at',
    'faces-home',
    'choice-free-time',
    'choice-this-week',
    'picture-moment',
  ];
  for (const language of ['nl', 'en'])
    for (const id of kinds)
      it(`${id} in ${language} has no violations`, async () => {
        const { card } = await mountCard(cardFixture(id, language), { lang: language });
        await expectAccessible(card);
      });

  it('easy text, starred and private states have no violations', async () => {
    const { card } = await mountCard(cardFixture('long-text', 'nl', 'easy'));
    part(card, 'button.star').click();
    part(card, 'button.private').click();
    await card.updateComplete;
    await expectAccessible(card);
  });

  it('every button and option is at least 44 × 44 px', async () => {
    for (const id of ['faces-home', 'choice-free-time', 'talk-learn'] as FixtureId[]) {
      const { card } = await mountCard(cardFixture(id));
      for (const target of card.shadowRoot?.querySelectorAll('button, label.option') ?? []) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.round(width), target.textContent ?? '').toBeGreaterThanOrEqual(44);
        expect(Math.round(height), target.textContent ?? '').toBeGreaterThanOrEqual(44);
      }
      unmountAll();
    }
  });
});

describe('languages and direction', () => {
  it('takes its UI language from the page: English buttons under lang="en-GB"', async () => {
    await mountCard(cardFixture('faces-home', 'en'), { lang: 'en-GB' });
    await expect.element(page.getByRole('button', { name: 'Done' })).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Pass' })).toBeInTheDocument();
    await expect.element(page.getByRole('radio', { name: 'very happy' })).toBeInTheDocument();
  });

  it('falls back to Dutch for a language without UI text, and reports it once', async () => {
    const { card, heard } = await mountCard(cardFixture('faces-home', 'ar'), { lang: 'ar', dir: 'rtl' });
    await expect.element(page.getByRole('button', { name: 'Klaar' })).toBeInTheDocument();
    expect(part(card, '[part="card"]').lang).toBe('nl');
    expect(part(card, '[part="question"]').lang).toBe('ar');
    card.requestUpdate();
    await card.updateComplete;
    expect(heard.errors).toHaveLength(1);
    expect(heard.errors[0]?.code).toBe('language-unsupported');
    expect(heard.errors[0]?.message.en).toBe(
      'The language "ar" is not there yet for buttons and help. We use Dutch.',
    );
  });

  it('mirrors in right-to-left: the colour band sits on the inline-start side (right)', async () => {
    const ltr = await mountCard(cardFixture('faces-home', 'nl'), { width: '600px' });
    const ltrCard = part(ltr.card, '[part="card"]').getBoundingClientRect();
    const ltrBand = part(ltr.card, '[part="band"]').getBoundingClientRect();
    expect(Math.abs(ltrBand.left - ltrCard.left)).toBeLessThan(2);
    unmountAll();

    const rtl = await mountCard(cardFixture('faces-home', 'ar'), { lang: 'ar', dir: 'rtl', width: '600px' });
    expect(rtl.card.effectiveDir).toBe('rtl');
    const card = part(rtl.card, '[part="card"]').getBoundingClientRect();
    const band = part(rtl.card, '[part="band"]').getBoundingClientRect();
    expect(Math.abs(band.right - card.right)).toBeLessThan(2);
    const faces = [...(rtl.card.shadowRoot?.querySelectorAll('label.face-option') ?? [])];
    expect(faces[0]!.getBoundingClientRect().left).toBeGreaterThan(faces[1]!.getBoundingClientRect().left);
    await expectAccessible(rtl.card);
  });
});

describe('small screens, motion and forced colours', () => {
  afterEach(async () => {
    await commands.emulateMedia({ reducedMotion: null, forcedColors: null, colorScheme: null });
    await page.viewport(414, 896);
  });

  it('fits a 320 px wide screen: nothing overflows horizontally', async () => {
    await page.viewport(320, 640);
    for (const id of ['long-text', 'faces-home', 'choice-free-time', 'picture-moment'] as FixtureId[]) {
      const { card } = await mountCard(cardFixture(id));
      const host = card.getBoundingClientRect();
      expect(host.width).toBeLessThanOrEqual(320);
      for (const element of card.shadowRoot?.querySelectorAll('*') ?? []) {
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${id}: ${element.outerHTML.slice(0, 80)}`).toBeLessThanOrEqual(host.right + 0.5);
        expect(box.left, `${id}: ${element.outerHTML.slice(0, 80)}`).toBeGreaterThanOrEqual(host.left - 0.5);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      unmountAll();
    }
  });

  it('has no transitions when the user prefers reduced motion', async () => {
    const { card } = await mountCard(cardFixture('faces-home'));
    const button = part(card, 'button.primary');
    expect(getComputedStyle(button).transitionDuration).not.toMatch(/^0s(, 0s)*$/);
    expect(card.reducedMotion).toBe(false);

    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    expect(card.reducedMotion).toBe(true);
    for (const element of card.shadowRoot?.querySelectorAll('*') ?? []) {
      const style = getComputedStyle(element);
      expect(style.transitionDuration, element.localName).toMatch(/^0s(, 0s)*$/);
      expect(style.animationDuration, element.localName).toMatch(/^0s(, 0s)*$/);
    }
  });

  it('keeps visible borders in forced-colours mode', async () => {
    const { card } = await mountCard(cardFixture('choice-free-time'));
    part(card, 'button.star').click();
    await card.updateComplete;
    await commands.emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const outline = getComputedStyle(part(card, '[part="card"]'));
    expect(outline.borderTopStyle).toBe('solid');
    expect(parseFloat(outline.borderTopWidth)).toBeGreaterThanOrEqual(1);
    for (const button of card.shadowRoot?.querySelectorAll('button') ?? []) {
      const style = getComputedStyle(button);
      expect(style.borderTopStyle).toBe('solid');
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(2);
    }
    expect(getComputedStyle(part(card, 'button.star')).borderTopWidth).toBe('4px');
    expect(getComputedStyle(part(card, '[part="band"]')).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('keeps the picture visible in a dark forced-colours theme: a dark drawing sits on white', async () => {
    const { card } = await mountCard(cardFixture('picture-moment'));
    await commands.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    // The decks' pictures are dark lines on a transparent ground: on a black Canvas they vanish.
    const style = getComputedStyle(part(card, '[part="picture"]'));
    expect(style.backgroundColor).toBe('rgb(255, 255, 255)');
    expect(style.forcedColorAdjust).toBe('none');
  });
});

describe('with a real game', () => {
  it('what the card fires is what the game accepts: a whole discover phase played with the keyboard', async () => {
    const game = createGame({ deck: sampleDeck, sessionId: 'card-contract' });
    game.send({
      type: 'session.start',
      settings: {
        mode: 'solo',
        players: [{ alias: 'Sam' }],
        language: 'nl',
        themes: [],
        maxDepth: 3,
        cardsPerPlayer: 8,
        excludeSensitivity: [],
        seed: 3,
      },
    });
    const { card, heard } = await mountCard(game.view().card);
    const kinds = new Set<string>();
    while (game.view().card) {
      const view = game.view().card!;
      kinds.add(view.answer.kind);
      if (view.answer.kind !== 'talk') {
        await tabFromQuestion(card, 1);
        await userEvent.keyboard(view.answer.kind === 'text' ? 'Mijn antwoord' : ' ');
      }
      await tabTo('button.primary');
      await userEvent.keyboard('{Enter}');
      const detail = heard.answers.pop();
      expect(detail, view.id).toBeDefined();
      expect(game.send({ type: 'player.answer', ...detail! }), view.id).toEqual({ accepted: true });
      game.send({ type: 'turn.next' });
      card.card = game.view().card;
      await card.updateComplete;
    }
    expect([...kinds].sort()).toEqual(['choice', 'faces', 'talk', 'text']);
    expect(game.getSession().answers).toHaveLength(8);
    await game.stop();
  });
});
