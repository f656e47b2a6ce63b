import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { bigramF1, squashForScore } from './bigramF1';
import { parseHtml } from './parse';

/** A case as /work/shared/corpus/README.md describes it; `error` may name the refusal code. */
export interface CorpusCase {
  url: string;
  expect: {
    title?: string;
    truncated?: boolean;
    parts?: number;
    noise?: string[];
    contains?: string[];
    error?: boolean | string;
  };
}

export function listCases(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => existsSync(join(dir, d, 'case.json')))
        .sort()
    : [];
}

/** Runs one case folder and checks every expectation the scorer checks, F1 at `minF1`. */
export function checkCase(dir: string, id: string, minF1: number): void {
  const spec = JSON.parse(readFileSync(join(dir, id, 'case.json'), 'utf8')) as CorpusCase;
  const doc = parseHtml(readFileSync(join(dir, id, 'page.html'), 'utf8'));
  const result = extractSpeech(doc, spec.url);
  if (spec.expect.error) {
    if (!isCaptureError(result))
      throw new Error(`expected a refusal, got a capture: ${result.body.slice(0, 80)}`);
    if (typeof spec.expect.error === 'string') expect(result.error.code).toBe(spec.expect.error);
    return;
  }
  if (isCaptureError(result)) throw new Error(`unexpected refusal: ${result.error.message}`);
  const gold = readFileSync(join(dir, id, 'body.txt'), 'utf8');
  expect(bigramF1(gold, result.body)).toBeGreaterThanOrEqual(minF1);
  const body = squashForScore(result.body);
  for (const n of spec.expect.noise ?? []) expect(body, `noise kept: ${n}`).not.toContain(squashForScore(n));
  for (const c of spec.expect.contains ?? []) expect(body, `missing: ${c}`).toContain(squashForScore(c));
  if (spec.expect.title !== undefined) expect(result.title).toBe(spec.expect.title);
  if (spec.expect.truncated !== undefined) expect(result.truncated).toBe(spec.expect.truncated);
  if (spec.expect.parts !== undefined)
    expect(Math.max(1, result.parts.length)).toBe(Math.max(1, spec.expect.parts));
}
