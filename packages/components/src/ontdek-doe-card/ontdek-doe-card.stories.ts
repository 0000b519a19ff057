import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cardFixture, type FixtureId } from '../testing/fixtures.ts';
import '../define/ontdek-doe-card.ts';

interface Args {
  /** Which example card. */
  fixture: FixtureId;
  /** The player's language: the question comes from the deck in it (or the deck's default). */
  language: string;
  reading: 'standard' | 'easy';
  /** The page's `lang`: the card's buttons and help follow it. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The width of the space the card sits in. */
  width: string;
}

const meta = {
  title: 'Components/ontdek-doe-card',
  component: 'ontdek-doe-card',
  render: ({ fixture, language, reading, lang, dir, width }) =>
    html`<div lang=${lang} dir=${dir} style="max-inline-size: ${width}">
      <ontdek-doe-card .card=${cardFixture(fixture, language, reading)}></ontdek-doe-card>
    </div>`,
  args: {
    fixture: 'talk-learn',
    language: 'nl',
    reading: 'standard',
    lang: 'nl',
    dir: 'ltr',
    width: '40rem',
  },
  argTypes: {
    fixture: {
      control: 'select',
      options: [
        'talk-learn',
        'text-good-at',
        'faces-home',
        'choice-free-time',
        'choice-this-week',
        'picture-moment',
        'html-looking',
        'long-text',
      ] satisfies FixtureId[],
    },
    language: { control: 'inline-radio', options: ['nl', 'en', 'ar'] },
    reading: { control: 'inline-radio', options: ['standard', 'easy'] },
    lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Tell it out loud, with an optional note. */
export const Talk: Story = {};

/** Write an answer: a labelled field with the card's maximum length and a counter. */
export const Text: Story = { args: { fixture: 'text-good-at' } };

/** Pick one of five faces: native radio buttons, arrow keys move. */
export const Faces: Story = { args: { fixture: 'faces-home' } };

/** Choose one or more: native checkboxes. */
export const ChoiceMultiple: Story = { args: { fixture: 'choice-free-time' } };

/** Choose one: native radio buttons. */
export const ChoiceOne: Story = { args: { fixture: 'choice-this-week' } };

/** A card with a picture and its text alternative. */
export const Picture: Story = { args: { fixture: 'picture-moment' } };

/** The same card in English, for a player who reads English. */
export const English: Story = { args: { fixture: 'faces-home', language: 'en', lang: 'en' } };

/** Easy language: shorter words, and a marker that says so. */
export const EasyText: Story = { args: { fixture: 'long-text', reading: 'easy' } };

/** A long question with long words and an address, on a 320 px phone. */
export const LongTextOnAPhone: Story = { args: { fixture: 'long-text', width: '320px' } };

/** Right to left: an Arabic question; the card mirrors (the band moves to the right). */
export const RightToLeft: Story = { args: { fixture: 'faces-home', language: 'ar', lang: 'ar', dir: 'rtl' } };

/** Text from a deck that looks like HTML is shown as text, never run. */
export const HtmlLookingText: Story = { args: { fixture: 'html-looking' } };
