import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, fallbackMessage, resolveUiLanguage } from './createI18n.ts';
import { en } from './locales/en.ts';
import { nl } from './locales/nl.ts';

/** Every key path of a nested message object, e.g. `card.answer`. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('createI18n', () => {
  it('speaks Dutch by default', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('nl');
    expect(i18n.t('card.answer')).toBe('Klaar');
    expect(i18n.resolution.fellBack).toBe(false);
  });

  it('takes the primary language of a BCP 47 code', () => {
    const i18n = createI18n('en-GB');
    expect(i18n.language).toBe('en');
    expect(i18n.t('card.pass')).toBe('Pass');
    expect(i18n.t('card.counter', { count: 3, max: 200 })).toBe('3 of 200 characters');
    expect(createI18n('NL-be').t('family.wish')).toBe('Willen');
  });

  it('falls back to Dutch for an unknown language and says so, without throwing', () => {
    const i18n = createI18n('ar');
    expect(i18n.resolution).toEqual({ requested: 'ar', language: 'nl', fellBack: true });
    expect(i18n.t('card.pass')).toBe('Overslaan');
    expect(fallbackMessage(i18n)).toEqual({
      nl: 'De taal "ar" is er nog niet voor de knoppen en uitleg. We gebruiken Nederlands.',
      en: 'The language "ar" is not there yet for buttons and help. We use Dutch.',
    });
    expect(() => createI18n('<script>')).not.toThrow();
    expect(resolveUiLanguage(42 as unknown as string)).toEqual({
      requested: '',
      language: 'nl',
      fellBack: false,
    });
  });

  it('switches language and reports the result', () => {
    const i18n = createI18n('nl');
    expect(i18n.setLanguage('en')).toEqual({ requested: 'en', language: 'en', fellBack: false });
    expect(i18n.t('card.star')).toBe('Important');
    expect(i18n.setLanguage('tr').fellBack).toBe(true);
    expect(i18n.t('card.star')).toBe('Belangrijk');
  });

  it('gives every element its own instance and never touches the global one', () => {
    const a = createI18n('nl');
    const b = createI18n('en');
    expect(a.i18next).not.toBe(b.i18next);
    expect(a.i18next).not.toBe(i18next);
    a.setLanguage('en');
    b.setLanguage('nl');
    expect([a.t('card.answer'), b.t('card.answer')]).toEqual(['Done', 'Klaar']);
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.language).toBeUndefined();
  });

  it('renders interpolated values unescaped (Lit escapes them when rendering)', () => {
    expect(createI18n('en').t('error.languageUnsupported', { requested: '<b>', used: 'Dutch' })).toContain(
      '"<b>"',
    );
  });

  it('takes a host’s own wording over ours', () => {
    const i18n = createI18n('nl', { nl: { card: { answer: 'Opslaan' } } });
    expect(i18n.t('card.answer')).toBe('Opslaan');
    expect(i18n.t('card.pass')).toBe('Overslaan');
  });

  it('has the same keys in Dutch and English, and no empty text', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const messages of [nl, en])
      for (const key of keys(messages)) {
        const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(String(text).trim(), key).not.toBe('');
      }
  });
});
