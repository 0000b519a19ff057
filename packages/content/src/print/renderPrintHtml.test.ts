import { describe, expect, it } from 'vitest';
import type { Card } from '@ontdek-doe/core/schema';
import { testCard, testDeck } from '../analysis/testDeck.ts';
import { fitCard } from './fitCard.ts';
import { inlineIcon } from './inlineIcon.ts';
import { renderPrintHtml } from './renderPrintHtml.ts';

const icons = {
  person:
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="8" r="4"/></svg>',
  walk: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 4h16"/></svg>',
  evil: '<svg viewBox="0 0 24 24" onload="alert(1)"><path d="M0 0"/></svg>',
};

const cards = (n: number): Card[] =>
  Array.from({ length: n }, (_, i) =>
    testCard(`c${i + 1}`, { prompt: { nl: `Vraag ${i + 1}?`, en: `Question ${i + 1}?` } }),
  );

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
/** The card ids of each sheet, in document order. */
function sheets(html: string) {
  return [...html.matchAll(/<section class="sheet (fronts|backs)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => ({
    side: m[1],
    ids: [...m[2]!.matchAll(/<(?:article|div) class="card[^"]*"(?: data-card-id="([^"]*)")?/g)].map(
      (c) => c[1] ?? null,
    ),
  }));
}

describe('renderPrintHtml', () => {
  it('puts 8 cards on a sheet, each sheet of fronts followed by its backs', () => {
    const html = renderPrintHtml(testDeck(cards(19)), { language: 'nl', icons });
    const list = sheets(html);
    expect(list.map((s) => s.side)).toEqual(['fronts', 'backs', 'fronts', 'backs', 'fronts', 'backs']);
    for (const sheet of list) expect(sheet.ids).toHaveLength(8);
    expect(list[0]!.ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
    expect(list[4]!.ids).toEqual(['c17', 'c18', 'c19', null, null, null, null, null]);
    expect(count(html, /<article class="card front/)).toBe(19);
    expect(count(html, /<article class="card back"/)).toBe(19);
    expect(count(html, /class="cut-marks"/)).toBe(3);
  });

  it('mirrors the backs per row for long-edge duplex', () => {
    const list = sheets(renderPrintHtml(testDeck(cards(11)), { language: 'nl', icons }));
    expect(list[1]!.ids).toEqual(['c2', 'c1', 'c4', 'c3', 'c6', 'c5', 'c8', 'c7']);
    expect(list[3]!.ids).toEqual(['c10', 'c9', null, 'c11', null, null, null, null]);
  });

  it('escapes deck text, so markup prints literally', () => {
    const deck = testDeck([
      testCard('x<1>', {
        prompt: { nl: '<b>Vet</b> & "zo" <script>alert(1)</script>', en: '<i>x</i>' },
        hints: [{ nl: '<img src=x onerror=alert(1)>' }],
      }),
    ]);
    deck.title = { nl: '</title><script>alert(1)</script>' };
    const html = renderPrintHtml(deck, { language: 'nl', icons });
    expect(html).toContain('&lt;b&gt;Vet&lt;/b&gt; &amp; &quot;zo&quot; &lt;script&gt;');
    expect(html).toContain('data-card-id="x&lt;1&gt;"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).not.toMatch(/<[^>]*\b(?:src|href)=/i);
  });

  it('prints the requested language and falls back to the default language per text', () => {
    const deck = testDeck([
      testCard('a', { prompt: { nl: 'Alleen Nederlands?' }, easy: { nl: 'Makkelijk?', en: 'Easy?' } }),
    ]);
    const html = renderPrintHtml(deck, { language: 'en', icons });
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<p class="question t" lang="nl">Alleen Nederlands?</p>');
    expect(html).toContain('<p class="easy t">Easy?</p>');
    expect(html).toContain('<span class="family t">Wish</span>');
    expect(html).toContain('Myself');
    expect(renderPrintHtml(deck, { language: 'nl', icons })).toContain(
      '<span class="family t">Willen</span>',
    );
    // a language without words of its own prints the fixed words in Dutch or English
    const ar = renderPrintHtml(deck, { language: 'ar', icons });
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('<p class="question t" lang="nl" dir="ltr">Alleen Nederlands?</p>');
  });

  it('shows family, theme band, depth dots with words, and choice options with icons; no hints on the front', () => {
    const deck = testDeck([
      testCard('choice', {
        family: 'action',
        depth: 2,
        hints: [{ nl: 'Geheime tip', en: 'Secret hint' }],
        followUps: [{ nl: 'En toen?', en: 'And then?' }],
        answer: {
          kind: 'choice',
          options: [
            { id: 'w', label: { nl: 'Wandelen', en: 'Walking' }, icon: 'walk' },
            { id: 'n', label: { nl: 'Niets', en: 'Nothing' }, icon: 'missing' },
          ],
        },
      }),
    ]);
    const html = renderPrintHtml(deck, { language: 'nl', icons });
    const front = html.match(/<article class="card front[\s\S]*?<\/article>/)![0];
    expect(front).toContain('Doe-opdracht');
    expect(front).toContain('style="--theme:#1b6e5a;--on-theme:#ffffff"');
    expect(front).toContain(
      '<svg class="band-icon" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">',
    );
    expect(front).toContain('<span class="sr-only">Diepte 2 van 3</span>');
    expect(count(front, /<circle cx="\d+" cy="5" r="4" class="on"\/>/)).toBe(2);
    expect(front).toContain('<svg class="option-icon"');
    expect(front).toContain(
      '<span class="option-box" aria-hidden="true"></span><span class="option-label t">Niets</span>',
    );
    expect(front).not.toContain('Geheime tip');
    expect(front).not.toContain('En toen?');
    // the leader sheet lists them
    expect(html).toMatch(/<section class="leader">[\s\S]*Geheime tip[\s\S]*En toen\?/);
    expect(renderPrintHtml(deck, { language: 'nl', icons, leaderSheet: false })).not.toContain(
      'class="leader"',
    );
  });

  it('is self-contained: inline styles, no scripts, no external references', () => {
    const html = renderPrintHtml(testDeck(cards(3)), { language: 'nl', icons });
    expect(html).toContain('@page { size: A4; margin: 0; }');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
  });

  it('leaves out an icon that could run code', () => {
    expect(inlineIcon(icons, 'evil', 'x')).toBeUndefined();
    expect(inlineIcon(icons, 'nope', 'x')).toBeUndefined();
    expect(inlineIcon(icons, 'person', 'x')).toBe(
      '<svg class="x" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="8" r="4"/></svg>',
    );
  });

  it('gives longer texts smaller type', () => {
    const tier = (question: string, extra: { easy?: string; options?: string[] } = {}) =>
      fitCard({
        theme: 'Ikzelf',
        family: 'Willen',
        id: 'c1',
        question,
        options: extra.options ?? [],
        ...(extra.easy ? { easy: extra.easy } : {}),
      }).tier;
    expect(tier('Waar word je blij van?')).toBe(1);
    const long = 'woord '.repeat(50).trim();
    expect(tier(long)).toBeGreaterThan(tier('Waar word je blij van?'));
    expect(tier(long, { easy: long })).toBeGreaterThan(tier(long));
    expect(tier(long, { easy: long, options: Array(6).fill('x'.repeat(80)) })).toBeGreaterThan(
      tier(long, { easy: long }),
    );
  });
});
