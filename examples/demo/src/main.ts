/**
 * The demo page's one script: registers `<ontdek-doe-game>`, gives it the three decks of
 * `@ontdek-doe/content` to choose from in its setup form (`decks`), wires the language switch, and
 * shows every public `od-*` event in the event log (for professionals who embed the game).
 */
import '@ontdek-doe/components/define/ontdek-doe-game.js';
import { basicDeck, easyDeck, youthDeck } from '@ontdek-doe/content';

type Lang = 'nl' | 'en';

/** The decks the leader chooses from at the top of the setup form ("Kaartenset"). */
const DECKS = [
  {
    id: 'basis',
    title: { nl: 'Basis (iedereen vanaf 12)', en: 'Basic (everyone from 12)' },
    deck: basicDeck,
  },
  { id: 'jong', title: { nl: 'Jong (12 tot 18 jaar)', en: 'Young (12 to 18 years)' }, deck: youthDeck },
  {
    id: 'makkelijk',
    title: { nl: 'Makkelijk (eenvoudige taal)', en: 'Easy (plain language)' },
    deck: easyDeck,
  },
];

/** The page's own texts (the game element translates itself). Dutch is in index.html too. */
const TEXTS: Record<Lang, Record<string, string>> = {
  nl: {
    intro:
      'Een spel over wat je wilt, wat je kunt, wat je al doet en wat je nodig hebt. Speel alleen, met iemand die je begeleidt, of met een kleine groep. Aan het eind kies je een doel en een eerste kleine stap.',
    choicesTitle: 'Instellingen',
    langLabel: 'Taal',
    logTitle: 'Gebeurtenissen (voor wie het spel inbouwt)',
    logIntro: 'Het spel meldt wat er gebeurt met od-*-events. Hier zie je ze, de nieuwste bovenaan.',
    editorLink: 'Zelf vragen maken of vertalen: de kaarteneditor',
  },
  en: {
    intro:
      'A game about what you want, what you can do, what you already do and what you need. Play on your own, with someone who guides you, or with a small group. At the end you choose a goal and a first small step.',
    choicesTitle: 'Settings',
    langLabel: 'Language',
    logTitle: 'Events (for those who embed the game)',
    logIntro: 'The game reports what happens with od-* events. You see them here, newest first.',
    editorLink: 'Make or translate questions yourself: the deck editor',
  },
};

/** The public events of the game element (see packages/components/README.md). */
const EVENTS = [
  'od-session-started',
  'od-answer-given',
  'od-goal-set',
  'od-session-finished',
  'od-summary-taken',
  'od-followup-ready',
  'od-error',
] as const;

const MAX_LOG_ITEMS = 50;

const game = document.querySelector('ontdek-doe-game');
const log = document.querySelector<HTMLOListElement>('#event-log');

function setLang(lang: Lang): void {
  document.documentElement.lang = lang;
  game?.setAttribute('lang', lang);
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = TEXTS[lang][element.dataset.text ?? ''];
    if (text !== undefined) element.textContent = text;
  }
}

/** A short, readable line per event: its name and the detail's top-level keys and small values. */
function describe(event: Event): string {
  const detail = (event as CustomEvent<unknown>).detail;
  if (detail == null || typeof detail !== 'object') return event.type;
  const parts = Object.entries(detail as Record<string, unknown>).map(([key, value]) => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return `${key}: ${String(value)}`;
    }
    if (Array.isArray(value)) return `${key}: [${value.length}]`;
    return `${key}: {…}`;
  });
  return `${event.type}  ${parts.join(', ')}`;
}

function logEvent(event: Event): void {
  if (!log) return;
  const item = document.createElement('li');
  const time = new Date().toLocaleTimeString(document.documentElement.lang, { hour12: false });
  item.textContent = `${time}  ${describe(event)}`;
  log.prepend(item);
  while (log.children.length > MAX_LOG_ITEMS) log.lastElementChild?.remove();
}

for (const name of EVENTS) game?.addEventListener(name, logEvent);

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) setLang(radio.value === 'en' ? 'en' : 'nl');
  });
}

if (game) game.decks = DECKS;
// A browser that restores form state after "back" keeps the chosen language.
const checkedLang = document.querySelector<HTMLInputElement>('input[name="lang"]:checked');
if (checkedLang?.value === 'en') setLang('en');
