// @ts-check
/**
 * Every text this terminal example shows, in Dutch (B1: short sentences, everyday words) and English.
 * The card texts come from the deck; these are the words around them.
 */

/** @typedef {'nl' | 'en'} UiLanguage */

export const strings = {
  nl: {
    askLanguage: 'Taal / Language? Typ nl of en (Enter = nl): ',
    welcome:
      'Welkom bij Ontdek & Doe! Je ontdekt wat je wilt, wat je kunt, wat je al doet en wat je nodig hebt.',
    rules: 'Er zijn geen foute antwoorden. Je mag elke kaart overslaan met p.',
    askAlias: 'Hoe wil je heten? Een bijnaam is genoeg: ',
    askEasy: 'Wil je de vragen in makkelijke taal? Typ j of n (Enter = nee): ',
    yes: ['j', 'ja', 'y', 'yes'],
    cardOf: (/** @type {number} */ n, /** @type {number} */ total) => `Kaart ${n} van ${total}`,
    theme: 'Thema',
    hintText: 'Typ je antwoord. Zet een * aan het eind als het belangrijk is voor je. p = overslaan.',
    hintTalk:
      'Vertel je antwoord hardop. Wil je een paar woorden opschrijven? Typ ze, of druk op Enter. p = overslaan.',
    hintFaces:
      'Kies een gezichtje: typ een cijfer van 1 tot 5. Je mag er woorden achter zetten. p = overslaan.',
    hintChoice: 'Typ het nummer van je keuze. p = overslaan.',
    hintChoiceMultiple: 'Typ een of meer nummers, bijvoorbeeld 1,3. p = overslaan.',
    hintStar: 'Zet een * aan het eind als het belangrijk is voor je.',
    faces: ['heel niet fijn', 'niet fijn', 'gaat wel', 'fijn', 'heel fijn'],
    passed: 'Oké, we slaan deze kaart over.',
    thanks: 'Dank je!',
    starred: 'Dank je! Je vindt dit belangrijk (★).',
    notUnderstood: 'Dat begreep ik niet.',
    mattersTitle: 'Wat vind ik belangrijk?',
    mattersIntro: 'Dit vond je belangrijk:',
    mattersNoStars: 'Je hebt nog niets met een * gekozen. Dat is goed.',
    askMatters:
      'Typ de nummers van wat je het belangrijkst vindt (hoogstens 3), of schrijf het in je eigen woorden. Enter = overslaan: ',
    askMattersOwn: 'Schrijf in je eigen woorden wat je belangrijk vindt (Enter = overslaan): ',
    doTitle: 'Doe: een doel en een eerste kleine stap',
    smallSteps: 'Kleine stappen tellen ook!',
    askGoal: 'Wat wil je bereiken? Schrijf het in je eigen woorden (Enter = geen doel): ',
    askFirstStep: 'Wat is een eerste kleine stap? ',
    askWhen: 'Wanneer doe je dat? (Enter = overslaan): ',
    askHelpers:
      'Wie kan helpen? 1 = ikzelf, 2 = iemand die ik ken, 3 = een hulpverlener. Typ een of meer nummers: ',
    askWho: 'Wie is dat? (Enter = overslaan): ',
    askNeed: 'Wat heb je daarvoor nodig? (Enter = overslaan): ',
    askConfidence: 'Hoe zeker ben je dat het lukt? Een cijfer van 1 tot 10: ',
    goodbye: 'Tot ziens! Je antwoorden zijn nergens bewaard.',
    inputEnded: 'Er komt geen invoer meer. Het spel stopt. Er is niets bewaard.',
    // summary
    summaryTitle: (/** @type {string} */ alias) => `Samenvatting van ${alias}`,
    lens: {
      want: 'Wat ik wil',
      can: 'Wat ik kan',
      do: 'Wat ik al doe',
      need: 'Wat ik nodig heb',
      more: 'Wat er gebeurd is',
    },
    toldAloud: '(hardop verteld)',
    nothingYet: '(nog niets)',
    matters: 'Wat ik belangrijk vind',
    goals: 'Mijn doel',
    goalsMany: 'Mijn doelen',
    firstStep: 'Eerste stap',
    when: 'Wanneer',
    helpers: 'Wie helpt',
    need: 'Wat ik nodig heb',
    confidence: (/** @type {number} */ n) => `Hoe zeker: ${n} van 10`,
    continues: 'gaat verder met een eerder doel',
    helperKind: { self: 'ikzelf', network: 'iemand die ik ken', professional: 'een hulpverlener' },
    checkIns: 'Hoe ging het?',
    checkInStatus: { done: 'gelukt', partly: 'een beetje gelukt', 'not-yet': 'nog niet gelukt' },
    helped: 'Wat hielp',
    obstacles: 'Wat zat in de weg',
    nextStep: 'Volgende stap',
    earlierGoal: 'een eerder doel',
    date: 'Datum',
    // scripted session
    autoTitle: 'Ontdek & Doe: een groepsspel met 3 spelers (automatisch gespeeld)',
    autoFollowUpTitle: 'Vervolgsessie: hoe ging het met de doelen?',
    autoPass: '(overgeslagen)',
    deckProblem: 'De kaartenset kan niet gebruikt worden:',
    deckUnreadable: (/** @type {string} */ path) => `Het bestand "${path}" kan niet gelezen worden.`,
  },
  en: {
    askLanguage: 'Taal / Language? Type nl or en (Enter = nl): ',
    welcome:
      'Welcome to Ontdek & Doe! You discover what you want, what you can do, what you already do and what you need.',
    rules: 'There are no wrong answers. You may pass any card with p.',
    askAlias: 'What would you like to be called? A nickname is enough: ',
    askEasy: 'Would you like the questions in easy language? Type y or n (Enter = no): ',
    yes: ['y', 'yes', 'j', 'ja'],
    cardOf: (/** @type {number} */ n, /** @type {number} */ total) => `Card ${n} of ${total}`,
    theme: 'Theme',
    hintText: 'Type your answer. Put a * at the end if it matters to you. p = pass.',
    hintTalk:
      'Tell your answer out loud. Want to write a few words down? Type them, or press Enter. p = pass.',
    hintFaces: 'Choose a face: type a number from 1 to 5. You may add words after it. p = pass.',
    hintChoice: 'Type the number of your choice. p = pass.',
    hintChoiceMultiple: 'Type one or more numbers, for example 1,3. p = pass.',
    hintStar: 'Put a * at the end if it matters to you.',
    faces: ['very unhappy', 'unhappy', 'okay', 'happy', 'very happy'],
    passed: 'Okay, we pass this card.',
    thanks: 'Thank you!',
    starred: 'Thank you! This matters to you (★).',
    notUnderstood: 'I did not understand that.',
    mattersTitle: 'What matters to me?',
    mattersIntro: 'You marked these as important:',
    mattersNoStars: 'You have not marked anything with a * yet. That is fine.',
    askMatters:
      'Type the numbers of what matters most to you (at most 3), or write it in your own words. Enter = skip: ',
    askMattersOwn: 'Write in your own words what matters to you (Enter = skip): ',
    doTitle: 'Do: a goal and a first small step',
    smallSteps: 'Small steps count too!',
    askGoal: 'What would you like to achieve? Write it in your own words (Enter = no goal): ',
    askFirstStep: 'What is a first small step? ',
    askWhen: 'When will you do that? (Enter = skip): ',
    askHelpers:
      'Who can help? 1 = myself, 2 = someone I know, 3 = a professional. Type one or more numbers: ',
    askWho: 'Who is that? (Enter = skip): ',
    askNeed: 'What do you need for it? (Enter = skip): ',
    askConfidence: 'How confident are you that it will work? A number from 1 to 10: ',
    goodbye: 'Goodbye! Your answers were not saved anywhere.',
    inputEnded: 'No more input. The game stops. Nothing was saved.',
    summaryTitle: (/** @type {string} */ alias) => `Summary for ${alias}`,
    lens: {
      want: 'What I want',
      can: 'What I can do',
      do: 'What I already do',
      need: 'What I need',
      more: 'What happened in my life',
    },
    toldAloud: '(told out loud)',
    nothingYet: '(nothing yet)',
    matters: 'What matters to me',
    goals: 'My goal',
    goalsMany: 'My goals',
    firstStep: 'First step',
    when: 'When',
    helpers: 'Who helps',
    need: 'What I need',
    confidence: (/** @type {number} */ n) => `How confident: ${n} out of 10`,
    continues: 'continues an earlier goal',
    helperKind: { self: 'myself', network: 'someone I know', professional: 'a professional' },
    checkIns: 'How did it go?',
    checkInStatus: { done: 'done', partly: 'partly done', 'not-yet': 'not yet' },
    helped: 'What helped',
    obstacles: 'What got in the way',
    nextStep: 'Next step',
    earlierGoal: 'an earlier goal',
    date: 'Date',
    autoTitle: 'Ontdek & Doe: a group session with 3 players (played automatically)',
    autoFollowUpTitle: 'Follow-up session: how did the goals go?',
    autoPass: '(passed)',
    deckProblem: 'The deck cannot be used:',
    deckUnreadable: (/** @type {string} */ path) => `The file "${path}" cannot be read.`,
  },
};

/** @typedef {typeof strings.nl} Strings */

/** The names of the card families, as players see them. */
export const familyNames = {
  nl: {
    wish: 'Willen',
    strength: 'Kunnen',
    doing: 'Doen',
    need: 'Nodig',
    action: 'Doe-opdracht',
    'life-event': 'Levensgebeurtenis',
  },
  en: {
    wish: 'Want',
    strength: 'Can',
    doing: 'Already do',
    need: 'Need',
    action: 'Challenge',
    'life-event': 'Life event',
  },
};

/**
 * The string table for a language; Dutch for any language this example has no table for.
 * @param {string | undefined} language
 * @returns {UiLanguage}
 */
export function uiLanguage(language) {
  return language === 'en' ? 'en' : 'nl';
}
