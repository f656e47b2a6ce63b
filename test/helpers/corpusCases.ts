import { expect } from 'vitest';
import { type Extracted, listCases, readCase, scoreOutput } from '../../scripts/corpusScore';
import { extractSpeech } from '../../src/extract';
import { parseHtml } from './parse';

export { listCases };

/** Runs one case folder through the engine and checks every expectation the shared scorer checks. */
export function checkCase(dir: string, id: string, minF1: number): void {
  const { spec, html, gold } = readCase(dir, id);
  const result = extractSpeech(parseHtml(html), spec.url) as Extracted;
  const score = scoreOutput(id, spec, gold, result);
  expect(score.problems).toEqual([]);
  expect(score.f1).toBeGreaterThanOrEqual(minF1);
}
