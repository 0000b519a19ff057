/**
 * The deck editor page's one script: registers `<ontdek-doe-deck-editor>` (with the card and the
 * game it uses), and wires the page's language switch to the editor's `lang` and the page's texts.
 */
import '@ontdek-doe/components/define/ontdek-doe-deck-editor.js';

type Lang = 'nl' | 'en';

/** The page's own texts (the editor translates itself). Dutch is in index.html too. */
const TEXTS: Record<Lang, Record<string, string>> = {
  nl: {
    title: 'Kaarten maken voor Ontdek & Doe',
    intro:
      'Hier maak en vertaal je vragen voor het spel. Je ziet meteen hoe een kaart eruitziet, en wat er nog niet klopt. Je werk blijft bewaard in deze browser tot je het opslaat.',
    langLabel: 'Taal',
    pageTitle: 'Kaartenset maken · Ontdek & Doe',
  },
  en: {
    title: 'Making cards for Ontdek & Doe',
    intro:
      'Here you make and translate questions for the game. You see at once what a card looks like, and what is not right yet. Your work is kept in this browser until you save it.',
    langLabel: 'Language',
    pageTitle: 'Deck editor · Ontdek & Doe',
  },
};

const editor = document.querySelector('ontdek-doe-deck-editor');

function setLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  document.title = TEXTS[lang].pageTitle ?? document.title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = TEXTS[lang][element.dataset.text ?? ''];
    if (text) element.textContent = text;
  }
  editor?.setAttribute('lang', lang);
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]'))
  radio.addEventListener('change', () => {
    if (radio.checked) setLanguage(radio.value === 'en' ? 'en' : 'nl');
  });
