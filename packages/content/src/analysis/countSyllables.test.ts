import { describe, expect, it } from 'vitest';
import { countSyllables } from './countSyllables.ts';

// Common Dutch words with their syllables written out, as a dictionary splits them.
const WORDS: Record<string, string> = {
  ik: 'ik',
  huis: 'huis',
  mooi: 'mooi',
  nieuw: 'nieuw',
  vrouw: 'vrouw',
  blauw: 'blauw',
  schrijf: 'schrijf',
  leeuw: 'leeuw',
  groei: 'groei',
  mij: 'mij',
  water: 'wa-ter',
  wonen: 'wo-nen',
  vrienden: 'vrien-den',
  buurman: 'buur-man',
  koffie: 'kof-fie',
  moeilijk: 'moei-lijk',
  eigen: 'ei-gen',
  zeeën: 'zee-en',
  auto: 'au-to',
  huisarts: 'huis-arts',
  baby: 'ba-by',
  ruzie: 'ru-zie',
  mooie: 'moo-ie',
  yoga: 'yo-ga',
  cadeau: 'ca-deau',
  'e-mail': 'e-mail',
  gezondheid: 'ge-zond-heid',
  vakantie: 'va-kan-tie',
  familie: 'fa-mi-lie',
  ideeën: 'i-dee-en',
  België: 'Bel-gi-e',
  belangrijk: 'be-lang-rijk',
  theater: 'the-a-ter',
  ruïne: 'ru-i-ne',
  eieren: 'ei-e-ren',
  gemeente: 'ge-meen-te',
  januari: 'ja-nu-a-ri',
  informatie: 'in-for-ma-tie',
  vrijwilliger: 'vrij-wil-li-ger',
  samenwerken: 'sa-men-wer-ken',
  ondersteuning: 'on-der-steu-ning',
  aquarium: 'a-qua-ri-um',
  religieus: 're-li-gi-eus',
  zelfredzaamheid: 'zelf-red-zaam-heid',
  organisatie: 'or-ga-ni-sa-tie',
  activiteiten: 'ac-ti-vi-tei-ten',
  geïnteresseerd: 'ge-in-te-res-seerd',
  verantwoordelijk: 'ver-ant-woor-de-lijk',
  onafhankelijkheid: 'on-af-han-ke-lijk-heid',
  ervaringsdeskundige: 'er-va-rings-des-kun-di-ge',
};

describe('countSyllables', () => {
  it.each(Object.entries(WORDS))('%s has the syllables %s', (word, split) => {
    expect(countSyllables(word)).toBe(split.split('-').length);
  });

  it('has at least 40 known words', () => {
    expect(Object.keys(WORDS).length).toBeGreaterThanOrEqual(40);
  });

  it('counts a capital, an apostrophe and loanwords sensibly', () => {
    expect(countSyllables('Huis')).toBe(1);
    expect(countSyllables("auto's")).toBe(2);
    expect(countSyllables('game')).toBe(1);
    expect(countSyllables('hockey')).toBe(2);
    expect(countSyllables('milieu')).toBe(2);
  });

  it('counts a word without vowels as one and a non-word as zero', () => {
    expect(countSyllables("'s")).toBe(1);
    expect(countSyllables('42')).toBe(0);
    expect(countSyllables('')).toBe(0);
  });
});
