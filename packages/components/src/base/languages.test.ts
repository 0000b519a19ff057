import { describe, expect, it } from 'vitest';
import { directionOf, languageName } from './languages.ts';

describe('languageName', () => {
  it('names a language for the reader, with its own name beside it when that differs', () => {
    expect(languageName('ar', 'nl')).toBe('Arabisch (العربية)');
    expect(languageName('en', 'nl')).toBe('Engels (English)');
    expect(languageName('nl', 'nl')).toBe('Nederlands');
    expect(languageName('nl', 'en')).toBe('Dutch (Nederlands)');
  });

  it('gives the same name again (from its cache) and keeps names per reader language apart', () => {
    const first = languageName('tr', 'nl');
    expect(languageName('tr', 'nl')).toBe(first);
    expect(languageName('tr', 'en')).not.toBe(first);
  });

  it('falls back to the code when the browser cannot name it, without throwing', () => {
    expect(languageName('not a code', 'nl')).toBe('not a code');
    // A reader language the browser does not know: the code, and the language's own name beside it.
    expect(languageName('nl', 'not a locale')).toBe('nl (Nederlands)');
  });
});

describe('directionOf', () => {
  it('knows right-to-left scripts, also with a region', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('nl')).toBe('ltr');
  });
});
