/**
 * The style sheet of the printed page: A4 sheets of 2 × 4 cards of 105 × 74.25 mm in mm units,
 * the type size tiers, and a leader sheet on its own pages with ordinary margins.
 */
import { CARD, FIT_TIERS, LAYOUT } from './fitCard.ts';

const tiers = FIT_TIERS.map(
  (t, i) =>
    `.fit-${i + 1}{--q:${t.question}pt;--e:${t.easy}pt;--o:${t.option}pt;--b:${t.band}pt;--m:${t.meta}pt;--gap:${t.gap}mm}`,
).join('\n');
// A question may be set larger than the rest of its card: `q-N` takes tier N's question size.
const questionTiers = FIT_TIERS.map((t, i) => `.q-${i + 1}{--q:${t.question}pt}`).join('\n');

/** The CSS of the printed page, inlined in its `<style>`. */
export const PRINT_CSS = `
@page { size: A4; margin: 0; }
@page leader { size: A4; margin: 15mm 14mm; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "Liberation Sans", "DejaVu Sans", sans-serif;
  color: #1a1a1a;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
  text-rendering: optimizeLegibility;
}
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.sheet {
  position: relative; width: 210mm; height: 297mm; overflow: hidden;
  display: grid; grid-template-columns: repeat(2, ${CARD.width}mm); grid-template-rows: repeat(4, ${CARD.height}mm);
  break-after: page; page-break-after: always;
}
.sheet:last-child { break-after: auto; page-break-after: auto; }
.cut-marks { position: absolute; inset: 0; width: 210mm; height: 297mm; pointer-events: none; }
.cut-marks path { stroke: #8a8a8a; stroke-width: 0.2; fill: none; }
.card {
  position: relative; width: ${CARD.width}mm; height: ${CARD.height}mm; overflow: hidden;
  padding: ${CARD.padY}mm ${CARD.padX}mm; display: flex; flex-direction: column; gap: var(--gap, 1.4mm);
}
.band {
  display: flex; align-items: center; gap: ${LAYOUT.iconGap}mm; flex: none;
  padding: ${LAYOUT.bandPadY}mm ${LAYOUT.bandPadX}mm; border-radius: 1.6mm;
  background: var(--theme); color: var(--on-theme);
  font-size: var(--b); line-height: ${LAYOUT.bandLine}; font-weight: 700;
}
.band-icon { flex: none; width: ${LAYOUT.icon}em; height: ${LAYOUT.icon}em; }
.theme-title { min-width: 0; overflow-wrap: anywhere; }
.meta {
  display: flex; align-items: center; gap: ${LAYOUT.metaGap}mm; flex: none;
  font-size: var(--m); line-height: ${LAYOUT.metaLine}; letter-spacing: 0.06em;
}
.family { font-weight: 700; text-transform: uppercase; overflow-wrap: anywhere; min-width: 0; }
.card-id { margin-inline-start: auto; color: #6b6b6b; letter-spacing: 0; overflow-wrap: anywhere; min-width: 0; text-align: end; }
.depth { flex: none; display: inline-flex; }
.depth svg { width: ${LAYOUT.dots}em; height: 1em; }
.depth circle { stroke: #1a1a1a; stroke-width: 1.2; fill: none; }
.depth circle.on { fill: #1a1a1a; }
.body { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; justify-content: center; gap: var(--gap, 1.4mm); }
.question {
  margin: 0; font-size: var(--q); line-height: ${LAYOUT.questionLine}; font-weight: 600;
  overflow-wrap: anywhere; hyphens: manual;
}
.easy { margin: 0; font-size: var(--e); line-height: ${LAYOUT.easyLine}; color: #3d3d3d; overflow-wrap: anywhere; }
.options {
  list-style: none; margin: 0; padding: 0; flex: none;
  display: grid; grid-template-columns: repeat(var(--cols), minmax(0, 1fr));
  gap: ${LAYOUT.optionGap}mm ${LAYOUT.optionGap * 2}mm;
  font-size: var(--o); line-height: ${LAYOUT.optionLine};
}
.option { display: flex; align-items: center; gap: ${LAYOUT.iconGap}mm; min-width: 0; }
.option-icon { flex: none; width: ${LAYOUT.icon}em; height: ${LAYOUT.icon}em; }
.option-box {
  flex: none; width: 0.95em; height: 0.95em; border: 0.25mm solid #1a1a1a; border-radius: 0.2em;
}
.option-label { min-width: 0; overflow-wrap: anywhere; }
.back { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 3mm; padding: 8mm; }
.back .logo { width: 22mm; height: 22mm; }
.back-title { margin: 0; font-size: 12pt; font-weight: 700; text-align: center; color: #1b6e5a; overflow-wrap: anywhere; }
.leader { page: leader; font-size: 9pt; line-height: 1.35; }
.leader h1 { font-size: 14pt; margin: 0 0 2mm; }
.leader p { margin: 0 0 4mm; }
.leader table { width: 100%; border-collapse: collapse; }
.leader th, .leader td { text-align: start; vertical-align: top; padding: 1.6mm 2mm; border-bottom: 0.2mm solid #bbb; }
.leader thead th { border-bottom: 0.4mm solid #1a1a1a; }
.leader tr { break-inside: avoid; page-break-inside: avoid; }
.leader ul { margin: 0; padding-inline-start: 4mm; }
.leader .card-ref { white-space: nowrap; font-weight: 700; }
.leader .card-ref span { display: block; font-weight: 400; color: #555; white-space: normal; }
@media screen {
  body { background: #d9d9d9; }
  .sheet { margin: 8mm auto; background: #fff; box-shadow: 0 0.5mm 3mm rgba(0, 0, 0, 0.25); }
  .leader { width: 210mm; margin: 8mm auto; padding: 15mm 14mm; background: #fff; }
}
${tiers}
${questionTiers}
`;
