import { useRef } from 'preact/hooks';
import { GENRES, LEVELS, type SpeechFacts } from '../../facts/speechFacts';
import { cleanFacts } from '../../library/factsField';
import type { Speech } from '../../library/types';
import { t } from '../../ui/i18n';
import { genreLabel, levelLabel } from '../../ui/labels';
import type { PageProps } from './pageProps';

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

const TEXT_FACTS = [
  ['edit-speaker', 'speaker', 'factSpeaker'],
  ['edit-post', 'post', 'factPost'],
  ['edit-occasion', 'occasion', 'factOccasion'],
  ['edit-date', 'date', 'factDate'],
] as const;

/**
 * The editor of a saved speech: title, tags, facts, notes; remounted for each saved version (its key), so
 * its fields start from what is saved and are read once, on save.
 */
export function ReaderEditor({ state, actions, speech }: PageProps & { speech: Speech }) {
  const form = useRef<HTMLDivElement>(null);
  const value = (id: string) =>
    (form.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '') as string;
  const save = () => {
    const raw: Record<string, string> = {};
    for (const [id, key] of TEXT_FACTS) raw[key] = value(id);
    raw.genre = value('edit-genre');
    raw.level = value('edit-level');
    void actions.saveEdits({
      title: value('edit-title'),
      tags: value('edit-tags')
        .split(/[,，、;；\s]+/)
        .filter(Boolean),
      notes: (form.current?.querySelector<HTMLTextAreaElement>('#edit-notes')?.value ?? '') as string,
      facts: cleanFacts(raw),
    });
  };
  const f = speech.facts;
  return (
    <div class="editor" ref={form}>
      <label>
        <span>{t('title')}</span>
        <input id="edit-title" defaultValue={speech.title} />
      </label>
      <label>
        <span>{t('libEditTags')}</span>
        <input id="edit-tags" defaultValue={speech.tags.join('，')} />
      </label>
      <div class="facts-fields">
        {TEXT_FACTS.map(([id, key, label]) => (
          // biome-ignore lint/a11y/noLabelWithoutControl: the input is inside, in one of two kinds
          <label key={id}>
            <span>{t(label)}</span>
            {key === 'date' ? (
              <input id={id} type="date" defaultValue={f[key] ?? ''} />
            ) : (
              <input id={id} defaultValue={f[key] ?? ''} />
            )}
          </label>
        ))}
        <label>
          <span>{t('factGenre')}</span>
          <select id="edit-genre" defaultValue={f.genre ?? ''}>
            <option value="" />
            {GENRES.map((g) => (
              <option key={g} value={g} selected={g === f.genre}>
                {genreLabel(g)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('factLevel')}</span>
          <select id="edit-level" defaultValue={f.level ?? ''}>
            <option value="" />
            {LEVELS.map((l) => (
              <option key={l} value={l} selected={l === f.level}>
                {levelLabel(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span>{t('libNotes')}</span>
        <textarea id="edit-notes" rows={3} defaultValue={speech.notes} />
      </label>
      <div class="actions">
        <button type="button" id="reader-save" class="primary" onClick={save}>
          {t('libSaveEdits')}
        </button>
        <span id="reader-status" role="status">
          {state.readerStatus}
        </span>
      </div>
    </div>
  );
}
