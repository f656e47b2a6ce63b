import { GENRES, type Genre, LEVELS, type Level, type SpeechFacts } from '../facts/speechFacts';
import { cleanFacts } from '../library/factsField';
import { byId, h } from '../ui/dom';
import { genreLabel, levelLabel } from '../ui/labels';

const TEXT_FIELDS = [
  ['edit-speaker', 'speaker'],
  ['edit-post', 'post'],
  ['edit-occasion', 'occasion'],
  ['edit-date', 'date'],
] as const;

/** 市委书记张三 · 全市政协工作会议 · 2012-03-09 · 讲话 · 市级 */
export function factsLine(f: SpeechFacts): string {
  return [
    [f.post, f.speaker].filter(Boolean).join(''),
    f.occasion,
    f.date,
    f.genre ? genreLabel(f.genre) : undefined,
    f.level ? levelLabel(f.level) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

function fillSelect(id: string, values: readonly string[], label: (v: string) => string): HTMLSelectElement {
  const select = byId<HTMLSelectElement>(id);
  if (select.options.length <= 1) select.append(...values.map((v) => h('option', { value: v }, label(v))));
  return select;
}

/** The reader's facts fields, filled from a speech (select options built once). */
export function fillFactsForm(f: SpeechFacts): void {
  for (const [id, key] of TEXT_FIELDS) byId<HTMLInputElement>(id).value = f[key] ?? '';
  fillSelect('edit-genre', GENRES, (v) => genreLabel(v as Genre)).value = f.genre ?? '';
  fillSelect('edit-level', LEVELS, (v) => levelLabel(v as Level)).value = f.level ?? '';
}

export function readFactsForm(): SpeechFacts {
  const raw: Record<string, string> = {};
  for (const [id, key] of TEXT_FIELDS) raw[key] = byId<HTMLInputElement>(id).value;
  raw.genre = byId<HTMLSelectElement>('edit-genre').value;
  raw.level = byId<HTMLSelectElement>('edit-level').value;
  return cleanFacts(raw);
}

/** The list's genre and level filters. */
export function fillFactFilters(): void {
  fillSelect('genre-filter', GENRES, (v) => genreLabel(v as Genre));
  fillSelect('level-filter', LEVELS, (v) => levelLabel(v as Level));
}
