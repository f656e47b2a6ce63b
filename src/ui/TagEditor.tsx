import { type Signal, useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { t } from './i18n';

/** Split what was typed into clean tags: commas (either width), 、 and semicolons part them. */
export function addTags(current: readonly string[], raw: string): string[] {
  const next = [...current];
  for (const tag of raw.split(/[,，、;；]/)) {
    const clean = tag.trim().replace(/\s+/g, ' ').slice(0, 64);
    if (clean && !next.includes(clean)) next.push(clean);
  }
  return next;
}

/**
 * Tag chips with an input: Enter or a comma adds, Backspace on an empty input removes the last one;
 * completion from the library's existing tags, asked for at most every 120 ms (never the whole tag list).
 */
export function TagEditor({
  tags: chosen,
  suggestions,
  complete,
  idPrefix = '',
}: {
  tags: Signal<readonly string[]>;
  suggestions: readonly string[];
  /** Existing tags that start with what is typed. */
  complete: (prefix: string) => Promise<string[]>;
  /** Before every id, for a second editor on one page (the library's bulk tagging: `bulk-`). */
  idPrefix?: string;
}) {
  const completions = useSignal<string[]>([]);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tags = chosen.value;
  const open = suggestions.filter((s) => !tags.includes(s));
  const add = (raw: string) => {
    chosen.value = addTags(chosen.value, raw);
  };
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <div id={id('tags')} class="tag-editor" data-count={tags.length}>
      <span>{t('tags')}</span>
      <span id={id('tag-chips')}>
        {tags.map((tag) => (
          <span key={tag} class="tag-chip">
            {tag}
            <button
              type="button"
              class="tag-remove"
              aria-label={t('removeTag', tag)}
              onClick={() => {
                chosen.value = chosen.value.filter((x) => x !== tag);
              }}
            >
              ×
            </button>
          </span>
        ))}
      </span>
      <input
        id={id('tag-input')}
        list={id('tag-options')}
        autocomplete="off"
        placeholder={t('tagPlaceholder')}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={() => {
          composing.current = false;
        }}
        onKeyDown={(e) => {
          const input = e.currentTarget;
          if (e.isComposing || composing.current) return;
          if ((e.key === 'Enter' || e.key === ',' || e.key === '，') && input.value.trim()) {
            e.preventDefault();
            add(input.value);
            input.value = '';
          } else if (e.key === 'Backspace' && !input.value && chosen.value.length) {
            chosen.value = chosen.value.slice(0, -1);
          }
        }}
        onInput={(e) => {
          const prefix = e.currentTarget.value.trim();
          clearTimeout(timer.current);
          timer.current = setTimeout(async () => {
            completions.value = await complete(prefix).catch(() => []);
          }, 120);
        }}
      />
      <datalist id={id('tag-options')}>
        {completions.value.map((w) => (
          <option key={w} value={w} />
        ))}
      </datalist>
      <div id={id('tag-suggestions')}>
        {open.length > 0 && <span class="muted">{t('suggestions')}</span>}
        {open.map((s) => (
          <button key={s} type="button" class="tag-suggestion" onClick={() => add(s)}>
            {s}
          </button>
        ))}
      </div>
    </div>
  );
}
