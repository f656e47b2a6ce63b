import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSpeech } from '../../src/extract';
import type { CaptureRecord } from '../../src/extract/types';
import { parseHtml } from './parse';

/** The engine's record of a corpus page, as the popup would get it. */
export function corpusCapture(name: string): CaptureRecord {
  const dir = join(import.meta.dirname, '../fixtures/corpus', name);
  const { url } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string };
  const r = extractSpeech(parseHtml(readFileSync(join(dir, 'page.html'), 'utf8')), url);
  if ('error' in r) throw new Error(r.error.message);
  return r;
}
