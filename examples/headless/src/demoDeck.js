// @ts-check
/**
 * A small demo deck for the terminal example: 24 cards over all six families and four themes,
 * depths 1–3, in Dutch (B1) and English, with easy-language variants, two choice cards and
 * leader hints on the deep cards. It is raw input on purpose: `play.js` runs it through
 * `parseDeck`, as a host does with any deck. The full default deck lives in packages/content.
 */

/**
 * @param {string} nl
 * @param {string} en
 * @returns {Record<string, string>}
 */
const t = (nl, en) => ({ nl, en });

export const demoDeck = {
  schemaVersion: 2,
  id: 'headless-demo',
  version: '1.0.0',
  title: t('Ontdek & Doe: kennismaken', 'Ontdek & Doe: getting to know yourself'),
  description: t(
    'Een klein spel om het spel uit te proberen. Vier thema’s, lichte en diepere vragen.',
    'A small deck to try the game. Four themes, light and deeper questions.',
  ),
  languages: ['nl', 'en'],
  defaultLanguage: 'nl',
  minimumAge: 12,
  themes: [
    { id: 'myself', title: t('Ikzelf', 'Myself'), colour: '#1b6e5a', icon: 'person' },
    { id: 'health', title: t('Gezondheid', 'Health'), colour: '#9b2c55', icon: 'heart' },
    {
      id: 'contact',
      title: t('Contact met anderen', 'Contact with others'),
      colour: '#a0522d',
      icon: 'people',
    },
    { id: 'free-time', title: t('Vrije tijd', 'Free time'), colour: '#2f4f9f', icon: 'sun' },
  ],
  cards: [
    // ── Willen (wish) ──
    {
      id: 'wish-happy',
      family: 'wish',
      theme: 'myself',
      depth: 1,
      prompt: t('Waar word je blij van?', 'What makes you happy?'),
      answer: { kind: 'text', maxLength: 500 },
    },
    {
      id: 'wish-free-time',
      family: 'wish',
      theme: 'free-time',
      depth: 1,
      prompt: t('Wat doe je graag in je vrije tijd?', 'What do you like to do in your free time?'),
      answer: {
        kind: 'choice',
        multiple: true,
        options: [
          { id: 'walk', label: t('Wandelen', 'Walking'), icon: 'walk' },
          { id: 'cook', label: t('Koken', 'Cooking'), icon: 'cook' },
          { id: 'music', label: t('Muziek', 'Music'), icon: 'music' },
          { id: 'garden', label: t('Tuinieren', 'Gardening'), icon: 'plant' },
          { id: 'games', label: t('Spelletjes', 'Games'), icon: 'dice' },
        ],
      },
    },
    {
      id: 'wish-together',
      family: 'wish',
      theme: 'contact',
      depth: 2,
      prompt: t('Met wie zou je vaker iets willen doen?', 'Who would you like to do things with more often?'),
      easy: t('Wie wil je vaker zien?', 'Who do you want to see more?'),
      answer: { kind: 'text' },
    },
    {
      id: 'wish-next-year',
      family: 'wish',
      theme: 'health',
      depth: 3,
      prompt: t('Hoe wil je je over een jaar voelen?', 'How do you want to feel a year from now?'),
      answer: { kind: 'talk' },
      hints: [t('Neem de tijd. Stilte is goed.', 'Take your time. Silence is fine.')],
      followUps: [t('Wat is er dan anders dan nu?', 'What is different then, compared to now?')],
    },
    // ── Kunnen (strength) ──
    {
      id: 'strength-good-at',
      family: 'strength',
      theme: 'myself',
      depth: 1,
      prompt: t('Waar ben je goed in?', 'What are you good at?'),
      easy: t('Wat kun jij goed?', 'What can you do well?'),
      answer: { kind: 'text' },
    },
    {
      id: 'strength-help-others',
      family: 'strength',
      theme: 'contact',
      depth: 1,
      prompt: t('Waarmee help jij anderen?', 'How do you help other people?'),
      answer: { kind: 'talk' },
    },
    {
      id: 'strength-proud',
      family: 'strength',
      theme: 'free-time',
      depth: 2,
      prompt: t(
        'Wat heb je ooit geleerd waar je trots op bent?',
        'What have you learned that you are proud of?',
      ),
      easy: t('Waar ben je trots op?', 'What are you proud of?'),
      answer: { kind: 'text' },
    },
    {
      id: 'strength-hard-time',
      family: 'strength',
      theme: 'health',
      depth: 3,
      prompt: t('Wat hielp jou door een moeilijke tijd?', 'What helped you through a hard time?'),
      answer: { kind: 'text' },
      hints: [
        t(
          'Vraag naar wat de speler zelf deed, niet alleen naar wat misging.',
          'Ask what the player did themselves, not only what went wrong.',
        ),
      ],
      followUps: [t('Wie was er toen bij jou?', 'Who was there for you then?')],
    },
    // ── Doen (doing) ──
    {
      id: 'doing-morning',
      family: 'doing',
      theme: 'health',
      depth: 1,
      prompt: t(
        'Hoe voel je je als je ’s ochtends opstaat?',
        'How do you feel when you get up in the morning?',
      ),
      answer: { kind: 'faces' },
    },
    {
      id: 'doing-talk-to',
      family: 'doing',
      theme: 'contact',
      depth: 1,
      prompt: t('Met wie praat je in een gewone week?', 'Who do you talk to in a normal week?'),
      easy: t('Met wie praat je vaak?', 'Who do you often talk to?'),
      answer: { kind: 'text' },
    },
    {
      id: 'doing-days',
      family: 'doing',
      theme: 'myself',
      depth: 2,
      prompt: t(
        'Hoe tevreden ben je met hoe je je dagen vult?',
        'How happy are you with how you spend your days?',
      ),
      easy: t('Hoe vind je je dagen?', 'How do you like your days?'),
      answer: { kind: 'faces' },
    },
    {
      id: 'doing-for-others',
      family: 'doing',
      theme: 'free-time',
      depth: 3,
      prompt: t(
        'Wat doe je al voor een ander, ook als niemand het ziet?',
        'What do you already do for others, even when nobody sees it?',
      ),
      answer: { kind: 'talk' },
      hints: [
        t(
          'Veel mensen vinden dit gewoon. Laat zien dat het telt.',
          'Many people think this is nothing special. Show that it counts.',
        ),
      ],
    },
    // ── Nodig (need) ──
    {
      id: 'need-sleep',
      family: 'need',
      theme: 'health',
      depth: 1,
      prompt: t('Hoe goed slaap je?', 'How well do you sleep?'),
      answer: { kind: 'faces' },
    },
    {
      id: 'need-call',
      family: 'need',
      theme: 'contact',
      depth: 2,
      prompt: t('Wie kun je bellen als het even niet gaat?', 'Who can you call when things are hard?'),
      easy: t('Wie bel je als je hulp nodig hebt?', 'Who do you call when you need help?'),
      answer: { kind: 'text' },
    },
    {
      id: 'need-feel-good',
      family: 'need',
      theme: 'myself',
      depth: 2,
      prompt: t('Wat heb je nodig om je goed te voelen?', 'What do you need to feel good?'),
      answer: {
        kind: 'choice',
        multiple: true,
        options: [
          { id: 'rest', label: t('Rust', 'Rest'), icon: 'moon' },
          { id: 'people', label: t('Mensen om me heen', 'People around me'), icon: 'people' },
          { id: 'something-to-do', label: t('Iets te doen', 'Something to do'), icon: 'tools' },
          { id: 'exercise', label: t('Beweging', 'Exercise'), icon: 'walk' },
        ],
      },
    },
    {
      id: 'need-in-the-way',
      family: 'need',
      theme: 'free-time',
      depth: 3,
      prompt: t(
        'Wat houdt je tegen om te doen wat je graag wilt?',
        'What stops you from doing what you would like to do?',
      ),
      answer: { kind: 'text' },
      hints: [
        t('Ga niet meteen oplossen. Vraag eerst door.', 'Do not solve it straight away. Ask more first.'),
      ],
      followUps: [t('Wat zou een eerste klein stapje kunnen zijn?', 'What could a first small step be?')],
    },
    // ── Doe-opdracht (action) ──
    {
      id: 'action-kind-words',
      family: 'action',
      theme: 'contact',
      depth: 1,
      prompt: t('Zeg iets aardigs over iemand die je kent.', 'Say something kind about someone you know.'),
      answer: { kind: 'talk' },
    },
    {
      id: 'action-move',
      family: 'action',
      theme: 'health',
      depth: 1,
      prompt: t(
        'Hoe kun je deze week een beetje bewegen? Kies iets kleins.',
        'How could you move a little this week? Pick something small.',
      ),
      easy: t('Hoe ga je deze week bewegen?', 'How will you move this week?'),
      answer: { kind: 'text' },
    },
    {
      id: 'action-tomorrow',
      family: 'action',
      theme: 'myself',
      depth: 2,
      prompt: t(
        'Schrijf één ding op dat je morgen anders wilt doen.',
        'Write down one thing you want to do differently tomorrow.',
      ),
      answer: { kind: 'text' },
    },
    {
      id: 'action-try',
      family: 'action',
      theme: 'free-time',
      depth: 2,
      prompt: t(
        'Wat wil je deze maand voor het eerst proberen?',
        'What would you like to try for the first time this month?',
      ),
      answer: { kind: 'talk' },
    },
    // ── Levensgebeurtenis (life event) ──
    {
      id: 'life-changed',
      family: 'life-event',
      theme: 'myself',
      depth: 2,
      prompt: t(
        'Wat is er het afgelopen jaar veranderd in je leven?',
        'What has changed in your life in the past year?',
      ),
      easy: t('Wat is er dit jaar anders?', 'What is different this year?'),
      answer: { kind: 'text' },
    },
    {
      id: 'life-miss',
      family: 'life-event',
      theme: 'contact',
      depth: 3,
      prompt: t('Wie mis je?', 'Who do you miss?'),
      answer: { kind: 'talk' },
      sensitivity: ['loss'],
      hints: [
        t(
          'Dit kan verdriet geven. Geef ruimte, en zeg dat de speler ook een andere kaart mag nemen.',
          'This can bring up grief. Give room, and say the player may also take another card.',
        ),
      ],
    },
    {
      id: 'life-learned',
      family: 'life-event',
      theme: 'health',
      depth: 3,
      prompt: t(
        'Je hebt vast een moeilijke tijd gehad. Wat heb je daarvan geleerd?',
        'You have probably been through a hard time. What did you learn from it?',
      ),
      answer: { kind: 'talk' },
      hints: [
        t(
          'De speler hoeft niet te vertellen wat er gebeurde.',
          'The player does not have to say what happened.',
        ),
      ],
    },
    {
      id: 'life-birthday',
      family: 'life-event',
      theme: 'free-time',
      depth: 1,
      prompt: t('Hoe was je laatste verjaardag?', 'How was your last birthday?'),
      answer: { kind: 'faces' },
    },
  ],
};
