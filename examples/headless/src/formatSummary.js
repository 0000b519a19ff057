// @ts-check
/**
 * Turns a player's summary into plain terminal text. A pure function: no I/O, no colours, the same
 * summary always gives the same text, so it also works for a printout or a screen reader.
 */
import { strings, uiLanguage } from './strings.js';

/** @typedef {import('@ontdek-doe/core').PlayerSummary} PlayerSummary */
/** @typedef {import('@ontdek-doe/core').SummaryAnswer} SummaryAnswer */
/** @typedef {import('@ontdek-doe/core').Goal} Goal */
/** @typedef {import('@ontdek-doe/core').Lens} Lens */

/** The order of the lenses in every summary: want → can → already do → need, then the rest. */
export const LENS_ORDER = /** @type {const} */ (['want', 'can', 'do', 'need', 'more']);

/**
 * @typedef {object} FormatOptions
 * @property {Goal[]} [earlierGoals] Goals of the earlier session (`followUp.goals`), so a check-in
 *   can name its goal: a summary's check-ins only carry the goal's id.
 * @property {number} [width] Width of the heading rule; 60 by default.
 */

/**
 * @param {SummaryAnswer} a
 * @param {typeof strings.nl | typeof strings.en} s
 * @returns {string[]}
 */
function answerLines(a, s) {
  const star = a.starred ? ' ★' : '';
  const lines = [`  • ${a.prompt}`, `    → ${a.answer || s.toldAloud}${star}`];
  for (const r of a.reactions) lines.push(`      ↳ ${r.alias}: ${r.text}`);
  return lines;
}

/**
 * @param {Goal} goal
 * @param {typeof strings.nl | typeof strings.en} s
 * @returns {string[]}
 */
function goalLines(goal, s) {
  const helpers = goal.helpers.map((h) =>
    h.who ? `${s.helperKind[h.kind]} (${h.who})` : s.helperKind[h.kind],
  );
  const lines = [`  • ${goal.text}${goal.continuesGoalId ? ` (${s.continues})` : ''}`];
  lines.push(`    ${s.firstStep}: ${goal.firstStep}`);
  if (goal.when) lines.push(`    ${s.when}: ${goal.when}`);
  if (helpers.length > 0) lines.push(`    ${s.helpers}: ${helpers.join(', ')}`);
  if (goal.need) lines.push(`    ${s.need}: ${goal.need}`);
  lines.push(`    ${s.confidence(goal.confidence)}`);
  return lines;
}

/**
 * A player's summary as readable text in the summary's language: one heading per lens
 * (want, can, already do, need), what matters, goals with their first step, when, who helps
 * and how confident, and in a follow-up how each earlier goal went.
 *
 * @example
 * process.stdout.write(formatSummary(game.summary('p1')));
 *
 * @param {PlayerSummary} summary
 * @param {FormatOptions} [options]
 * @returns {string}
 */
export function formatSummary(summary, options = {}) {
  const s = strings[uiLanguage(summary.language)];
  const title = s.summaryTitle(summary.player.alias);
  const rule = '═'.repeat(Math.max(title.length, options.width ?? 60));
  const out = [rule, title, `${s.date}: ${summary.date.slice(0, 10)}`, rule];

  if (summary.checkIns.length > 0) {
    out.push('', `${s.checkIns}`);
    for (const c of summary.checkIns) {
      const goal =
        options.earlierGoals?.find((g) => g.id === c.goalId) ??
        summary.goals.find((g) => g.continuesGoalId === c.goalId);
      out.push(`  • ${goal ? goal.text : s.earlierGoal}: ${s.checkInStatus[c.status]}`);
      if (c.helped) out.push(`    ${s.helped}: ${c.helped}`);
      if (c.obstacles) out.push(`    ${s.obstacles}: ${c.obstacles}`);
      if (c.nextStep) out.push(`    ${s.nextStep}: ${c.nextStep}`);
    }
  }

  // A follow-up with check-ins only has no answers: then the lenses are left out, not shown empty.
  const anyAnswers = LENS_ORDER.some((lens) => summary.lenses[lens].length > 0);
  for (const lens of anyAnswers ? LENS_ORDER : []) {
    const answers = summary.lenses[lens];
    // "More" (life events) only shows when there is something in it; the four lenses always show.
    if (lens === 'more' && answers.length === 0) continue;
    out.push('', s.lens[lens]);
    if (answers.length === 0) out.push(`  ${s.nothingYet}`);
    for (const a of answers) out.push(...answerLines(a, s));
  }

  if (summary.matters.length > 0) {
    out.push('', s.matters);
    for (const m of summary.matters) out.push(`  • ${m.label}`);
  }

  if (summary.goals.length > 0) {
    out.push('', summary.goals.length === 1 ? s.goals : s.goalsMany);
    for (const goal of summary.goals) out.push(...goalLines(goal, s));
  }

  for (const section of summary.sections) {
    if (section.items.length === 0) continue;
    out.push('', section.title, ...section.items.map((item) => `  • ${item}`));
  }

  return `${out.join('\n')}\n`;
}
