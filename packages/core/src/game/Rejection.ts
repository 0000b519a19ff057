/** Why the game did not accept an event: a stable code and a plain-language message. */
export interface Rejection {
  code: string;
  message: { nl: string; en: string };
}

/** Build a rejection. Kept tiny so every check reads as one line. */
export function reject(code: string, nl: string, en: string): Rejection {
  return { code, message: { nl, en } };
}

/** Longest text a player or leader can type in one field. Long enough for a story, short enough for a phone. */
export const MAX_TEXT = 2000;
/** Longest alias. */
export const MAX_ALIAS = 40;
/** Most goals one player sets in one session: small steps, not a to-do list. */
export const MAX_GOALS = 3;
/** Most things a player chooses as what matters most. */
export const MAX_MATTERS = 3;
/** Most players in a group. */
export const MAX_PLAYERS = 8;
