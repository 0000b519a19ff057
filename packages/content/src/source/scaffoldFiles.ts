/**
 * The files of a new deck that validates at once (`ontdek-doe new`, and a new deck in the deck
 * editor): deck.yaml and en.yaml as text. No file access.
 */

/** deck.yaml of a new deck: one theme and one example card per family, with comments for the trainer. */
export function scaffoldDeckYaml(id: string, schema: string): string {
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

/** en.yaml of a new deck: the English of every text of {@link scaffoldDeckYaml}. */
export function scaffoldEnYaml(id: string, schema: string): string {
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
