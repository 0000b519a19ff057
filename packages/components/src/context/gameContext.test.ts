import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { defineElement } from '../base/defineElement.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { cardFixture } from '../testing/fixtures.ts';
import '../define/ontdek-doe-card.ts';
import { gameContext, type GameContextValue } from './gameContext.ts';

/** A stand-in for the game element: provides the context to what it holds. */
class TestProvider extends LitElement {
  provider = new ContextProvider(this, { context: gameContext });
  override render() {
    return html`<slot></slot>`;
  }
}
defineElement('od-test-provider', TestProvider);

afterEach(() => document.body.replaceChildren());

describe('gameContext', () => {
  it('gives nested elements the game element’s translator, whatever the page language is', async () => {
    const provider = document.createElement('od-test-provider') as TestProvider;
    provider.provider.setValue({ game: null, i18n: createI18n('en') } satisfies GameContextValue);
    const card = document.createElement('ontdek-doe-card');
    card.card = cardFixture('faces-home', 'en');
    const wrapper = document.createElement('div');
    wrapper.lang = 'nl';
    provider.append(card);
    wrapper.append(provider);
    document.body.append(wrapper);
    await card.updateComplete;
    await expect.element(page.getByRole('button', { name: 'Done' })).toBeInTheDocument();

    provider.provider.setValue({ game: null, i18n: createI18n('nl') });
    await card.updateComplete;
    await expect.element(page.getByRole('button', { name: 'Klaar' })).toBeInTheDocument();
  });

  it('keeps two games on one page apart', async () => {
    const cards = ['en', 'nl'].map((language) => {
      const provider = document.createElement('od-test-provider') as TestProvider;
      provider.provider.setValue({ game: null, i18n: createI18n(language) });
      const card = document.createElement('ontdek-doe-card');
      card.card = cardFixture('talk-learn', language);
      provider.append(card);
      document.body.append(provider);
      return card;
    });
    await Promise.all(cards.map((c) => c.updateComplete));
    const labels = cards.map((c) => c.shadowRoot?.querySelector('button.primary')?.textContent?.trim());
    expect(labels).toEqual(['Done', 'Klaar']);
  });
});
