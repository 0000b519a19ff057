/**
 * `ontdek-doe new`: writes a new deck folder that validates at once, with one theme and one
 * example card per family (wish, strength, doing, need) and its English translation, so a trainer
 * starts from something that works and changes it step by step.
 */
import { DECK_LIMITS } from '@ontdek-doe/core/schema';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { contentMessage } from '../messages/contentMessages.ts';
import type { Message } from '../types.ts';
import { errorCode } from './readSourceFile.ts';
import { DECK_FILE, DECK_ID_PATTERN } from './loadDeckFolder.ts';
import { packageRoot } from './packagePaths.ts';

/** What {@link scaffoldDeck} gives back. */
export type ScaffoldResult =
  | { ok: true; id: string; files: string[] }
  | {
      ok: false;
      code: 'folder-exists' | 'invalid-deck-id' | 'empty-name' | 'id-too-long' | 'cannot-write';
      message: Message;
    };

/**
 * Where the schemas are, as seen from `folder` (for the editor line at the top of each file).
 *
 * @example
 * ```ts
 * schemaPath('packages/content/decks/basis', 'translation.schema.json'); // '../../schema/translation.schema.json'
 * ```
 */
export function schemaPath(folder: string, file: string): string {
  const path = relative(folder, join(packageRoot(), 'schema', file));
  return sep === '/' ? path : path.split(sep).join('/');
}

function deckYaml(id: string, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# Een nieuwe kaartenset. Pas de teksten aan, voeg thema's en kaarten toe,
# en controleer de kaartenset met: ontdek-doe validate <deze map>
# Hoe alles werkt, staat in packages/content/FORMAT.md.
# Een opmerking zet je op een eigen regel, met een # ervoor.
id: ${id}
version: 0.1.0
schemaVersion: 2
title: Mijn kaartenset
description: Vragen over wat je wilt, wat je kunt, wat je doet en wat je nodig hebt.
languages: [nl, en]
minimumAge: 12

# De thema's: de levensgebieden van de kaartenset. Een kaart noemt zijn thema bij de id.
themes:
  - id: myself
    title: Ikzelf
    colour: '#1b6e5a'
    icon: person

# De kaarten. Elke kaart heeft een eigen id. Gebruik een id nooit opnieuw voor een andere vraag.
cards:
  - id: wish-myself-1
    family: wish
    theme: myself
    depth: 1
    prompt: Waar word je blij van?
    easy: Wat maakt je blij?
    answer: text
    hints:
      - Vraag door naar een voorbeeld van deze week.

  - id: strength-myself-1
    family: strength
    theme: myself
    depth: 1
    prompt: Waar ben je goed in?
    answer: talk

  - id: doing-myself-1
    family: doing
    theme: myself
    depth: 1
    prompt: Hoe voel je je als je iets voor een ander doet?
    answer: faces

  - id: need-myself-1
    family: need
    theme: myself
    depth: 2
    prompt: Wat heb je nodig om je goed te voelen?
    answer:
      kind: choice
      multiple: true
      options:
        - id: rest
          label: Rust
          icon: calm
        - id: people
          label: Mensen om me heen
          icon: people
`;
}

function enYaml(id: string, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# De Engelse teksten van de kaartenset "${id}". Elke vertaling staat naast de Nederlandse tekst
# waar hij van gemaakt is (nl). Verandert de Nederlandse tekst, pas dan ook de vertaling aan.
language: en
deck:
  title: { en: My deck, nl: Mijn kaartenset }
  description:
    en: Questions about what you want, what you can do, what you do and what you need.
    nl: Vragen over wat je wilt, wat je kunt, wat je doet en wat je nodig hebt.
themes:
  myself:
    title: { en: Myself, nl: Ikzelf }
cards:
  wish-myself-1:
    prompt: { en: What makes you happy?, nl: Waar word je blij van? }
    easy: { en: What makes you glad?, nl: Wat maakt je blij? }
    hints:
      - { en: Ask for an example from this week., nl: Vraag door naar een voorbeeld van deze week. }
  strength-myself-1:
    prompt: { en: What are you good at?, nl: Waar ben je goed in? }
  doing-myself-1:
    prompt:
      en: How do you feel when you do something for someone else?
      nl: Hoe voel je je als je iets voor een ander doet?
  need-myself-1:
    prompt: { en: What do you need to feel good?, nl: Wat heb je nodig om je goed te voelen? }
    options:
      rest: { en: Rest, nl: Rust }
      people: { en: People around me, nl: Mensen om me heen }
`;
}

/**
 * Creates `folder` with a deck.yaml and an en.yaml. The folder's name is the deck id. Refuses
 * to touch a folder that already exists. `options.display` is how messages name the folder.
 *
 * @example
 * ```ts
 * const result = scaffoldDeck('packages/content/decks/mijn-set');
 * if (!result.ok) console.error(result.message.nl);
 * ```
 */
export function scaffoldDeck(folder: string, options: { display?: string } = {}): ScaffoldResult {
  const shown = options.display ?? folder;
  const id = folder.trim() === '' ? '' : basename(folder.replace(/[\\/]+$/, ''));
  if (id.trim() === '') return { ok: false, code: 'empty-name', message: EMPTY_NAME };
  if (id.length > DECK_LIMITS.maxIdLength) {
    return { ok: false, code: 'id-too-long', message: tooLong(id, DECK_LIMITS.maxIdLength) };
  }
  if (!DECK_ID_PATTERN.test(id)) {
    return { ok: false, code: 'invalid-deck-id', message: contentMessage('invalid-deck-id', { id }) };
  }
  try {
    mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(folder); // not recursive: fails if the folder is already there
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') {
      return {
        ok: false,
        code: 'folder-exists',
        message: {
          nl: `De map "${shown}" bestaat al. Kies een andere naam; een bestaande kaartenset wordt nooit overschreven.`,
          en: `The folder "${shown}" already exists. Choose another name; an existing deck is never overwritten.`,
        },
      };
    }
    return { ok: false, code: 'cannot-write', message: cannotWrite(shown, code) };
  }
  const files = [DECK_FILE, 'en.yaml'];
  try {
    writeFileSync(join(folder, DECK_FILE), deckYaml(id, schemaPath(folder, 'deck-source.schema.json')), {
      flag: 'wx',
    });
    writeFileSync(join(folder, 'en.yaml'), enYaml(id, schemaPath(folder, 'translation.schema.json')), {
      flag: 'wx',
    });
  } catch (error) {
    return { ok: false, code: 'cannot-write', message: cannotWrite(shown, errorCode(error)) };
  }
  return { ok: true, id, files };
}

const EMPTY_NAME: Message = {
  nl: 'Geef de nieuwe kaartenset een naam: de naam van de map wordt de id. Bijvoorbeeld: ontdek-doe new packages/content/decks/mijn-set',
  en: "Give the new deck a name: the folder's name becomes the id. For example: ontdek-doe new packages/content/decks/my-deck",
};

function tooLong(id: string, max: number): Message {
  const start = `${id.slice(0, 20)}…`;
  return {
    nl: `De naam "${start}" is te lang voor een id: hij heeft ${id.length} tekens. Een id heeft hoogstens ${max} tekens. Kies een kortere naam.`,
    en: `The name "${start}" is too long for an id: it has ${id.length} characters. An id has at most ${max} characters. Choose a shorter name.`,
  };
}

function cannotWrite(folder: string, reason: string): Message {
  return {
    nl: `De map "${folder}" kan niet gemaakt worden (${reason}). Heb je toestemming om daar te schrijven?`,
    en: `The folder "${folder}" cannot be created (${reason}). Do you have permission to write there?`,
  };
}
