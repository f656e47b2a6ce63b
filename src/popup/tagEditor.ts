import { byId, h } from '../ui/dom';
import { t } from '../ui/i18n';

export interface TagEditor {
  tags(): string[];
  add(tag: string): void;
  setSuggestions(tags: string[]): void;
}

/**
 * Tag chips with an input: Enter or a comma adds, Backspace on an empty input removes the last one;
 * completion from the library's existing tags, asked for at most every 120 ms (never the whole tag list).
 */
export function tagEditor(
  complete: (prefix: string) => Promise<string[]>,
  onChange: () => void = () => {},
): TagEditor {
  const box = byId('tags');
  const input = byId<HTMLInputElement>('tag-input');
  const chips = byId('tag-chips');
  const options = byId('tag-options');
  const suggestionBox = byId('tag-suggestions');
  const tags: string[] = [];
  let suggestions: string[] = [];

  function render(): void {
    chips.replaceChildren(
      ...tags.map((tag) => {
        const remove = h(
          'button',
          { type: 'button', class: 'tag-remove', 'aria-label': t('removeTag', tag) },
          '×',
        );
        remove.addEventListener('click', () => {
          tags.splice(tags.indexOf(tag), 1);
          render();
        });
        return h('span', { class: 'tag-chip' }, tag, remove);
      }),
    );
    const open = suggestions.filter((s) => !tags.includes(s));
    suggestionBox.replaceChildren(
      ...(open.length ? [h('span', { class: 'muted' }, t('suggestions'))] : []),
      ...open.map((s) => {
        const b = h('button', { type: 'button', class: 'tag-suggestion' }, s);
        b.addEventListener('click', () => add(s));
        return b;
      }),
    );
    box.dataset.count = String(tags.length);
    onChange();
  }

  function add(raw: string): void {
    for (const tag of raw.split(/[,，、;；]/)) {
      const clean = tag.trim().replace(/\s+/g, ' ').slice(0, 64);
      if (clean && !tags.includes(clean)) tags.push(clean);
    }
    render();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  input.addEventListener('compositionstart', () => {
    composing = true;
  });
  input.addEventListener('compositionend', () => {
    composing = false;
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing || composing) return;
    if ((e.key === 'Enter' || e.key === ',' || e.key === '，') && input.value.trim()) {
      e.preventDefault();
      add(input.value);
      input.value = '';
    } else if (e.key === 'Backspace' && !input.value && tags.length) {
      tags.pop();
      render();
    }
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const words = await complete(input.value.trim()).catch(() => []);
      options.replaceChildren(...words.map((w) => h('option', { value: w })));
    }, 120);
  });

  render();
  return {
    tags: () => [...tags],
    add,
    setSuggestions(list) {
      suggestions = list;
      render();
    },
  };
}
