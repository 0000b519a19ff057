import type { Messages } from '../createI18n.ts';

/** English UI text, plain and short. */
export const en: Messages = {
  family: {
    wish: 'Want',
    strength: 'Can',
    doing: 'Do',
    need: 'Need',
    action: 'Action',
    'life-event': 'Life event',
  },
  card: {
    label: 'Question card: {{family}}, {{theme}}',
    depth: 'Depth {{depth}} of 3',
    easy: 'Easy language',
    talk: 'Tell it out loud',
    talkNote: 'Want to write something down? You do not have to.',
    text: 'Your answer',
    counter: '{{count}} of {{max}} characters',
    counterNoMax: '{{count}} characters',
    faces: 'How do you feel about this?',
    face1: 'very unhappy',
    face2: 'unhappy',
    face3: 'okay',
    face4: 'happy',
    face5: 'very happy',
    chooseOne: 'Choose what fits best',
    chooseMany: 'Choose what fits. You may choose more than one.',
    unknownKind: 'This kind of answer does not work here. Tell it out loud.',
    answer: 'Done',
    pass: 'Pass',
    star: 'Important',
    private: 'Only for me',
    needText: 'Write something first. Or choose Pass.',
    needFace: 'Choose a face first. Or choose Pass.',
    needChoice: 'Choose something first. Or choose Pass.',
  },
  error: {
    languageUnsupported:
      'The language "{{requested}}" is not there yet for buttons and help. We use {{used}}.',
  },
  language: {
    nl: 'Dutch',
    en: 'English',
  },
};
