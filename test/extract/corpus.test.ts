import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, listCases } from '../helpers/corpusCases';

// Real and rebuilt pages with gold a person wrote (body.txt and case.json's expectations), copied from the
// shared corpus; and the held-out fixture pages of other page types (test/fixtures/pages), written before
// the engine was tuned on them.
const SETS = [
  { name: 'shared corpus', dir: join(__dirname, '../fixtures/corpus'), minF1: 0.98 },
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
