/**
 * Printing a deck as physical cards for sessions without screens: self-contained HTML for A4, and
 * a PDF through a headless Chromium when one is installed.
 *
 * @example
 * ```ts
 * import { renderPrintHtml, printToPdf } from './print/index.ts';
 * const html = renderPrintHtml(deck, { language: 'nl', icons });
 * const result = await printToPdf(html, 'basis.pdf');
 * ```
 */
export { renderPrintHtml, cardsThatDoNotFit, type PrintOptions } from './renderPrintHtml.ts';
export { printToPdf, type PrintToPdfOptions, type PrintToPdfResult } from './printToPdf.ts';
export { findChromium, CHROMIUM_FLAGS } from './findChromium.ts';
export { escapeHtml } from './escapeHtml.ts';
export { fitCard, FIT_TIERS, type CardTexts, type FitTier } from './fitCard.ts';
