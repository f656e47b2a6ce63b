import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { bigramF1, squashForScore } from '../helpers/bigramF1';
import { parseHtml } from '../helpers/parse';

// Real pages with gold a person wrote (body.txt and case.json's expectations), copied from the shared corpus.
const CORPUS = join(__dirname, '../fixtures/corpus');
const cases = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'case.json')))
  : [];

interface Case {
  url: string;
  expect: {
    title?: string;
    truncated?: boolean;
    parts?: number;
    noise?: string[];
    contains?: string[];
    error?: boolean;
  };
}

describe('shared corpus', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const id of cases) {
    it(id, () => {
      const spec = JSON.parse(readFileSync(join(CORPUS, id, 'case.json'), 'utf8')) as Case;
      const doc = parseHtml(readFileSync(join(CORPUS, id, 'page.html'), 'utf8'));
      const result = extractSpeech(doc, spec.url);
      if (spec.expect.error) {
        expect(isCaptureError(result)).toBe(true);
        return;
      }
      if (isCaptureError(result)) throw new Error(`unexpected refusal: ${result.error.message}`);
      const gold = readFileSync(join(CORPUS, id, 'body.txt'), 'utf8');
      expect(bigramF1(gold, result.body)).toBeGreaterThanOrEqual(0.98);
      const body = squashForScore(result.body);
      for (const n of spec.expect.noise ?? [])
        expect(body, `noise kept: ${n}`).not.toContain(squashForScore(n));
      for (const c of spec.expect.contains ?? []) expect(body, `missing: ${c}`).toContain(squashForScore(c));
      if (spec.expect.title !== undefined) expect(result.title).toBe(spec.expect.title);
      if (spec.expect.truncated !== undefined) expect(result.truncated).toBe(spec.expect.truncated);
      if (spec.expect.parts !== undefined && spec.expect.parts > 1)
        expect(result.parts).toHaveLength(spec.expect.parts);
    });
  }
});
