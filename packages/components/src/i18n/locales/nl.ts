/**
 * Dutch UI text, at B1 level: short sentences, everyday words, "je". The default language.
 * Keys are shared with `en.ts`; a test checks that both have the same keys.
 */
export const nl = {
  family: {
    wish: 'Willen',
    strength: 'Kunnen',
    doing: 'Doen',
    need: 'Nodig',
    action: 'Doe-opdracht',
    'life-event': 'Gebeurtenis in je leven',
  },
  card: {
    label: 'Vraagkaart: {{family}}, {{theme}}',
    depth: 'Diepte {{depth}} van 3',
    easy: 'Makkelijke taal',
    talk: 'Vertel het hardop',
    talkNote: 'Wil je iets opschrijven? Dat hoeft niet.',
    text: 'Jouw antwoord',
    counter: '{{count}} van de {{max}} tekens',
    counterNoMax: '{{count}} tekens',
    faces: 'Hoe voel je je hierbij?',
    face1: 'heel niet fijn',
    face2: 'niet fijn',
    face3: 'gaat wel',
    face4: 'fijn',
    face5: 'heel fijn',
    chooseOne: 'Kies wat het beste past',
    chooseMany: 'Kies wat past. Je mag meer dan één kiezen.',
    unknownKind: 'Dit soort antwoord kan hier niet. Vertel het hardop.',
    answer: 'Klaar',
    pass: 'Overslaan',
    star: 'Belangrijk',
    private: 'Alleen voor mij',
    needText: 'Schrijf eerst iets op. Of kies Overslaan.',
    needFace: 'Kies eerst een gezicht. Of kies Overslaan.',
    needChoice: 'Kies eerst iets. Of kies Overslaan.',
  },
  error: {
    languageUnsupported:
      'De taal "{{requested}}" is er nog niet voor de knoppen en uitleg. We gebruiken {{used}}.',
  },
  language: {
    nl: 'Nederlands',
    en: 'Engels',
  },
} as const;
