import { GENRES, LEVELS, type SpeechFacts } from '../facts/speechFacts';

const TEXT_KEYS = ['speaker', 'post', 'occasion'] as const;

/**
 * Facts as stored: known keys only, trimmed, enums checked, a date as YYYY-MM-DD; undefined when a value is not
 * acceptable (an import reports that; an edit drops it).
 */
export function cleanFacts(raw: unknown): SpeechFacts {
  const out: SpeechFacts = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Record<string, unknown>;
  for (const k of TEXT_KEYS) {
    const v = r[k];
    if (typeof v === 'string' && v.trim() && v.length <= 200) out[k] = v.trim();
  }
  if (typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) out.date = r.date;
  if (GENRES.includes(r.genre as never)) out.genre = r.genre as SpeechFacts['genre'];
  if (LEVELS.includes(r.level as never)) out.level = r.level as SpeechFacts['level'];
  return out;
}
