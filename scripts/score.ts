/**
 * Scores the engine and Mozilla Readability alone on case folders, in one process (the shared scorer runs
 * the CLI once per page; this is the quick loop and the source of docs/extract.md's side-by-side tables).
 *   npm run -s score -- [DIR ...] [--only CASE] [--quiet]
 * Defaults to the corpus copy, the real pages and the fixture pages. Per case: Gaoku's F1, Readability's F1,
 * and Gaoku's broken expectations; per set: means, broken cases, and pages where Gaoku is below Readability.
 */
import { join } from 'node:path';
import { extractSpeech } from '../src/extract';
import { type Extracted, listCases, readCase, scoreOutput } from './corpusScore';
import { parseHtml } from './parseHtml';
import { readabilityBaseline } from './readabilityBaseline';

const ROOT = join(import.meta.dirname, '..');
const DEFAULT_DIRS = ['test/fixtures/corpus', 'test/fixtures/real', 'test/fixtures/pages'].map((d) =>
  join(ROOT, d),
);

function main(argv: string[]): void {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const quiet = argv.includes('--quiet');
  const dirs = argv.filter((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1));
  let failed = false;
  for (const dir of dirs.length ? dirs : DEFAULT_DIRS) {
    const ids = listCases(dir).filter((id) => !only || id === only);
    if (!ids.length) continue;
    let sumG = 0;
    // Over the pages that hold a text (Readability cannot refuse a page, so refusal cases leave it out).
    let sumGText = 0;
    let sumR = 0;
    let texts = 0;
    let broken = 0;
    const below: string[] = [];
    for (const id of ids) {
      const { spec, html, gold } = readCase(dir, id);
      const doc = parseHtml(html);
      const g = scoreOutput(id, spec, gold, extractSpeech(doc, spec.url) as Extracted);
      const r = spec.expect.error ? undefined : scoreOutput(id, spec, gold, readabilityBaseline(doc));
      sumG += g.f1;
      if (r) {
        sumGText += g.f1;
        sumR += r.f1;
        texts++;
      }
      if (g.problems.length) broken++;
      if (r && g.f1 < r.f1 - 1e-9) below.push(id);
      if (!quiet || g.problems.length || (r && g.f1 < r.f1))
        console.log(
          `${g.f1.toFixed(4)}  ${r ? r.f1.toFixed(4) : '  -   '}  ${id}${g.problems.length ? `  ✗ ${g.problems.join(' | ')}` : ''}`,
        );
    }
    const n = ids.length;
    console.log(
      `${dir.replace(`${ROOT}/`, '')}: ${n} cases, Gaoku mean F1 ${(sumG / n).toFixed(4)}; on the ${texts} with a text ` +
        `Gaoku ${(sumGText / Math.max(1, texts)).toFixed(4)}, Readability ${(sumR / Math.max(1, texts)).toFixed(4)}; ` +
        `${broken} with problems, ${below.length} below Readability${below.length ? ` (${below.join(', ')})` : ''}`,
    );
    if (broken || below.length) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

main(process.argv.slice(2));
