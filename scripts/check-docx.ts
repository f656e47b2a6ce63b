// `npm run -s check:docx`: writes the Word export of every corpus speech and of all of them together, has
// LibreOffice (apt-get install libreoffice-writer-nogui) open each file and convert it to text, and checks that
// the text came through whole. Prints a line per file. Not in `npm test`: CI has no office suite.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { officialDocument } from '../src/export/officialDocx';
import { extractSpeech } from '../src/extract';
import { speechFacts } from '../src/facts/speechFacts';
import type { Speech } from '../src/library/types';
import { parseHtml } from './parseHtml';

const corpus = join(import.meta.dirname, '../test/fixtures/corpus');
const speeches: Speech[] = [];
for (const name of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const dir = join(corpus, name.name);
  const { url } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string };
  const r = extractSpeech(parseHtml(readFileSync(join(dir, 'page.html'), 'utf8')), url);
  if ('error' in r) continue;
  speeches.push({
    id: name.name,
    title: r.title,
    body: r.body,
    parts: r.parts,
    truncated: r.truncated,
    truncation: r.truncation,
    meta: r.meta,
    facts: speechFacts(r.title, r.body),
    censored: r.censored,
    extractor: r.extractor,
    tags: [],
    notes: '',
    sources: [{ url, normalizedUrl: url, site: r.site, capturedAt: Date.now() }],
    createdAt: Date.now(),
    updatedAt: Date.now(),
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');
const work = mkdtempSync(join(tmpdir(), 'gaoku-docx-'));
let failures = 0;
try {
  const sets: [string, Speech[]][] = [
    ...speeches.map((s): [string, Speech[]] => [s.id, [s]]),
    ['all', speeches],
  ];
  for (const [name, set] of sets) {
    const file = join(work, `${name}.docx`);
    writeFileSync(file, await Packer.toBuffer(officialDocument(set)));
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, file],
      {
        stdio: 'ignore',
      },
    );
    const text = squash(readFileSync(join(work, `${name}.txt`), 'utf8'));
    const missing = set
      .flatMap((s) => s.body.split('\n'))
      .filter((p) => p.trim() && !text.includes(squash(p)));
    const ok = missing.length === 0 && set.every((s) => text.includes(squash(s.title)));
    if (!ok) failures++;
    console.log(
      `${name.padEnd(34)} ${ok ? 'ok' : `MISSING ${missing.length} paragraphs`}  (${set.length} speech${set.length > 1 ? 'es' : ''})`,
    );
  }
  console.log(`LibreOffice opened ${sets.length} files; ${sets.length - failures} came through whole`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
