import { expect } from 'vitest';
import { type Extracted, listCases, readCase, scoreOutput } from '../../scripts/corpusScore';
import { extractSpeech } from '../../src/extract';
import { parseHtml } from './parse';

export { listCases };

/** The engine's output for a saved page, in the CLI contract's shape. */
export const gaokuOutput = (html: string, url: string): Extracted =>
  extractSpeech(parseHtml(html), url) as Extracted;

/** Runs one case folder through the engine and checks every expectation the shared scorer checks. */
export function checkCase(dir: string, id: string, minF1: number): void {
  const { spec, html, gold } = readCase(dir, id);
  const score = scoreOutput(id, spec, gold, gaokuOutput(html, spec.url));
  expect(score.problems).toEqual([]);
  expect(score.f1).toBeGreaterThanOrEqual(minF1);
}
