import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCases, readCase, scoreOutput } from '../../scripts/corpusScore';
import { readabilityBaseline } from '../../scripts/readabilityBaseline';
import { checkCase, gaokuOutput } from '../helpers/corpusCases';
import { parseHtml } from '../helpers/parse';

// Real and rebuilt pages with gold a person wrote (body.txt and case.json's expectations): the shared corpus
// (copied), the real pages collected here as their sites served them (test/fixtures/real), and the held-out
// fixture pages of other page types (test/fixtures/pages), each written before the engine was tuned on it.
const SETS = [
  { name: 'shared corpus', dir: join(__dirname, '../fixtures/corpus'), minF1: 0.98 },
  { name: 'real pages', dir: join(__dirname, '../fixtures/real'), minF1: 0.95 },
  { name: 'fixture pages', dir: join(__dirname, '../fixtures/pages'), minF1: 0.97 },
];

for (const set of SETS) {
  const cases = listCases(set.dir);
  describe(set.name, () => {
    it('has cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const id of cases) it(id, () => checkCase(set.dir, id, set.minF1));
  });
}

// On real pages Gaoku must never do worse than Mozilla Readability alone (issue 9).
describe('never below Readability on a real page', () => {
  for (const set of SETS.slice(0, 2)) {
    for (const id of listCases(set.dir).filter((c) => c.startsWith('real-'))) {
      it(id, () => {
        const { spec, html, gold } = readCase(set.dir, id);
        if (spec.expect.error) return;
        const ours = scoreOutput(id, spec, gold, gaokuOutput(html, spec.url));
        const theirs = scoreOutput(id, spec, gold, readabilityBaseline(parseHtml(html)));
        expect(ours.f1).toBeGreaterThanOrEqual(theirs.f1);
      });
    }
  }
});
