import type { Genre, Level, Library, SearchHit, SortOrder, Speech, SpeechSummary } from '../library/types';
import { byId, downloadBlob, downloadText, formatDate, h, highlighted, show } from '../ui/dom';
import { localize, t, tn } from '../ui/i18n';
import { genreLabel, levelLabel } from '../ui/labels';
import { converterFor, isScript } from '../ui/scriptConverter';
import { excerptsPanel, selectionWithin } from './excerptsPanel';
import { fillFactFilters, readFactsForm } from './factsForm';
import { exportFileName, safeFileName } from './fileNames';
import { fillReader } from './readerView';
import { watchSearchInput } from './searchInput';
import { renderStats } from './statsPanel';
import { type VirtualList, virtualList } from './virtualList';

type Row = { speech: SpeechSummary; hit?: SearchHit };

const ROW_HEIGHT = 84;
const FIRST_SCREEN = 60;
const TAG_FILTER_SHOWN = 200;
const UNDO_MS = 8000;

interface State {
  query: string;
  tags: string[];
  sort: SortOrder;
  rows: Row[];
  selected: Set<string>;
  readerId?: string;
  trash: boolean;
  genre?: Genre;
  level?: Level;
}

/** The library page: list, search, tag filter, reader and editor, trash, bulk actions, export and import. */
export async function startLibraryPage(library: Library): Promise<void> {
  localize();
  const state: State = {
    query: '',
    tags: [],
    sort: 'updated-desc',
    rows: [],
    selected: new Set(),
    trash: false,
  };
  const list: VirtualList<Row> = virtualList(byId('results'), ROW_HEIGHT, renderRow);
  let generation = 0;
  let searchReady = false;
  const scriptSelect = byId<HTMLSelectElement>('script');
  const saved = localStorage.getItem('gaoku.script');
  if (isScript(saved)) scriptSelect.value = saved;
  const convert = () => converterFor(isScript(scriptSelect.value) ? scriptSelect.value : 'original');

  function renderRow({ speech, hit }: Row): HTMLElement {
    const check = h('input', { type: 'checkbox', class: 'row-select', 'aria-label': speech.title });
    check.checked = state.selected.has(speech.id);
    check.addEventListener('click', (e) => e.stopPropagation());
    check.addEventListener('change', () => {
      if (check.checked) state.selected.add(speech.id);
      else state.selected.delete(speech.id);
      updateBulk();
    });
    const row = h(
      'div',
      { class: 'speech-row', 'data-id': speech.id, tabindex: 0, role: 'button' },
      check,
      h(
        'div',
        { class: 'speech-main' },
        h(
          'div',
          { class: 'speech-head' },
          h('span', { class: 'speech-title' }, speech.title),
          speech.truncated ? h('span', { class: 'truncated-badge' }, t('libTruncated')) : null,
        ),
        h(
          'div',
          { class: 'speech-info' },
          h('span', { class: 'speech-site' }, speech.site),
          h('span', { class: 'speech-date' }, formatDate(speech.createdAt)),
          h('span', { class: 'speech-length' }, tn('chars', speech.length)),
          speech.genre ? h('span', { class: 'speech-genre' }, genreLabel(speech.genre)) : null,
          speech.level ? h('span', { class: 'speech-level' }, levelLabel(speech.level)) : null,
          speech.date ? h('span', { class: 'speech-spoken', title: t('factDate') }, speech.date) : null,
          h('span', { class: 'speech-tags' }, ...speech.tags.map((tag) => h('span', { class: 'tag' }, tag))),
        ),
        hit ? h('div', { class: 'snippet' }, highlighted(hit.snippet, hit.highlights)) : null,
      ),
    );
    row.addEventListener('click', () => void (state.trash ? undefined : openReader(speech.id)));
    row.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !state.trash) void openReader(speech.id);
    });
    if (state.trash) {
      const restore = h('button', { type: 'button', class: 'restore-speech' }, t('libRestore'));
      restore.addEventListener('click', async (e) => {
        e.stopPropagation();
        await library.restore([speech.id]);
        await refresh();
      });
      row.append(restore);
    }
    return row;
  }

  const filters = () => ({
    tags: state.tags,
    ...(state.genre ? { genre: state.genre } : {}),
    ...(state.level ? { level: state.level } : {}),
  });

  // ---- list and search ----------------------------------------------------------------------------

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const count = byId('count');
    if (state.trash) {
      const items = await library.listTrash();
      state.rows = items.map((speech) => ({ speech }));
      count.textContent = items.length ? tn('libCount', items.length) : t('libTrashEmpty');
    } else if (state.query) {
      if (!searchReady) count.textContent = t('libIndexing');
      const hits = await library.search(state.query, { ...filters(), limit: 1000 });
      if (mine !== generation) return;
      state.rows = hits.map((hit) => ({ speech: hit.speech, hit }));
      count.textContent = hits.length ? tn('libFound', hits.length) : t('libNoHits');
    } else {
      // First screen at once, the rest right after: 10,000 summaries never block the first paint.
      const first = await library.list({ sort: state.sort, ...filters(), limit: FIRST_SCREEN });
      if (mine !== generation) return;
      state.rows = first.items.map((speech) => ({ speech }));
      count.textContent = first.total ? tn('libCount', first.total) : t('libEmpty');
      list.setItems(state.rows);
      if (first.total > first.items.length) {
        const all = await library.list({ sort: state.sort, ...filters(), limit: first.total });
        if (mine !== generation) return;
        state.rows = all.items.map((speech) => ({ speech }));
      }
    }
    if (mine !== generation) return;
    list.setItems(state.rows);
  }

  async function renderTagFilter(): Promise<void> {
    const all = await library.tagCounts();
    const filter = byId<HTMLInputElement>('tag-filter-search').value.trim().toLowerCase();
    const shown = all
      .filter((tc) => !filter || tc.tag.toLowerCase().includes(filter))
      .slice(0, TAG_FILTER_SHOWN);
    byId('tag-filter-list').replaceChildren(
      ...shown.map((tc) => {
        const on = state.tags.includes(tc.tag);
        const b = h(
          'button',
          { type: 'button', class: 'tag-filter-item', 'data-tag': tc.tag, 'aria-pressed': String(on) },
          tc.tag,
          h('span', { class: 'tag-count' }, String(tc.count)),
        );
        b.addEventListener('click', () => {
          state.tags = on ? state.tags.filter((x) => x !== tc.tag) : [...state.tags, tc.tag];
          void renderTagFilter();
          void refresh();
        });
        const rename = h(
          'button',
          { type: 'button', class: 'tag-rename', 'aria-label': t('tagRename', tc.tag) },
          '✎',
        );
        rename.addEventListener('click', async () => {
          const to = prompt(t('tagRenamePrompt', tc.tag), tc.tag)?.trim();
          if (!to || to === tc.tag) return;
          // Renaming onto an existing tag merges the two.
          await library.renameTag(tc.tag, to);
          state.tags = [...new Set(state.tags.map((x) => (x === tc.tag ? to : x)))];
          await Promise.all([renderTagFilter(), refresh()]);
        });
        return h('div', { class: 'tag-filter-entry' }, b, rename);
      }),
    );
  }

  watchSearchInput(byId<HTMLInputElement>('search'), (q) => {
    state.query = q;
    list.scrollToTop();
    void refresh();
  });
  byId('tag-filter-search').addEventListener('input', () => void renderTagFilter());
  byId<HTMLSelectElement>('sort').addEventListener('change', (e) => {
    state.sort = (e.target as HTMLSelectElement).value as SortOrder;
    void refresh();
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      byId('search').focus();
    } else if (e.key === 'Escape' && !byId('reader').hidden) closeReader();
  });

  // ---- reader and editor --------------------------------------------------------------------------

  async function openReader(id: string): Promise<void> {
    const speech = await library.get(id);
    if (!speech) return;
    state.readerId = id;
    fillReader(speech, await convert());
    show(byId('reader'), true);
    byId('reader-title').focus();
    history.replaceState(null, '', `#id=${encodeURIComponent(id)}`);
  }

  function closeReader(): void {
    show(byId('reader'), false);
    state.readerId = undefined;
    history.replaceState(null, '', location.pathname);
  }

  byId('reader-close').addEventListener('click', closeReader);
  const excerpts = excerptsPanel(library, (id) => void openReader(id));
  byId('add-excerpt').addEventListener('click', async () => {
    const text = selectionWithin(byId('reader-body'));
    const status = byId('reader-status');
    if (!state.readerId || !text) {
      status.textContent = t('excerptSelectFirst');
      return;
    }
    await library.addExcerpt(state.readerId, text);
    status.textContent = tn('excerptAdded', text.length);
    await excerpts.render();
  });
  byId('find-recurring').addEventListener('click', async () => {
    if (!state.readerId) return;
    const box = byId('reader-recurring');
    box.textContent = t('recurringLooking');
    const found = await library.recurringPassages(state.readerId);
    box.replaceChildren(
      found.length === 0
        ? h('p', {}, t('recurringNone'))
        : h(
            'ol',
            {},
            ...found.map((p) => {
              const jump = h('a', { href: `#p-${p.paragraph}` }, p.text);
              jump.addEventListener('click', (e) => {
                e.preventDefault();
                document.getElementById(`p-${p.paragraph}`)?.scrollIntoView({ block: 'center' });
              });
              const others = h(
                'button',
                { type: 'button', class: 'recurring-search' },
                t('recurringIn', p.ids.length),
              );
              others.addEventListener('click', () => {
                const search = byId<HTMLInputElement>('search');
                search.value = `"${p.text.replace(/[。！？；!?;，,\s]+$/u, '')}"`;
                closeReader();
                state.query = search.value;
                void refresh();
              });
              return h('li', { class: 'recurring-item' }, jump, ' ', others);
            }),
          ),
    );
  });
  for (const [id, key] of [
    ['genre-filter', 'genre'],
    ['level-filter', 'level'],
  ] as const) {
    byId<HTMLSelectElement>(id).addEventListener('change', (e) => {
      const v = (e.target as HTMLSelectElement).value;
      if (key === 'genre') state.genre = (v || undefined) as Genre | undefined;
      else state.level = (v || undefined) as Level | undefined;
      void refresh();
    });
  }
  scriptSelect.addEventListener('change', async () => {
    localStorage.setItem('gaoku.script', scriptSelect.value);
    if (!state.readerId) return;
    const s = await library.get(state.readerId);
    if (s) fillReader(s, await convert());
  });
  byId('reader-save').addEventListener('click', async () => {
    if (!state.readerId) return;
    const tags = byId<HTMLInputElement>('edit-tags')
      .value.split(/[,，、;；\s]+/)
      .filter(Boolean);
    const s = await library.update(state.readerId, {
      title: byId<HTMLInputElement>('edit-title').value,
      tags,
      notes: byId<HTMLTextAreaElement>('edit-notes').value,
      facts: readFactsForm(),
    });
    fillReader(s, await convert());
    byId('reader-status').textContent = t('libSavedEdits');
    await Promise.all([refresh(), renderTagFilter()]);
  });
  byId('reader-delete').addEventListener('click', async () => {
    if (!state.readerId) return;
    const id = state.readerId;
    closeReader();
    await deleteWithUndo([id]);
  });

  // ---- delete, undo, trash --------------------------------------------------------------------------

  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  async function deleteWithUndo(ids: string[]): Promise<void> {
    await library.trash(ids);
    state.selected.clear();
    updateBulk();
    await Promise.all([refresh(), renderTagFilter()]);
    const toast = byId('toast');
    const undo = h('button', { type: 'button', id: 'undo' }, t('libUndo'));
    undo.addEventListener('click', async () => {
      clearTimeout(undoTimer);
      show(toast, false);
      await library.restore(ids);
      await Promise.all([refresh(), renderTagFilter()]);
    });
    toast.replaceChildren(h('span', {}, t('libDeleted', ids.length)), undo);
    show(toast, true);
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => show(toast, false), UNDO_MS);
  }

  byId('trash-toggle').addEventListener('click', async () => {
    state.trash = !state.trash;
    document.body.dataset.view = state.trash ? 'trash' : 'library';
    byId('trash-toggle').textContent = state.trash ? t('libBack') : t('libTrash');
    show(byId('empty-trash'), state.trash);
    await refresh();
  });
  byId('empty-trash').addEventListener('click', async () => {
    if (!confirm(t('libEmptyTrashConfirm'))) return;
    await library.emptyTrash();
    await refresh();
  });

  // ---- statistics ------------------------------------------------------------------------------------

  const statsBox = byId('stats');
  const statsToggle = byId('stats-toggle');
  async function renderStatsPanel(): Promise<void> {
    if (!statsBox.hidden) statsBox.replaceChildren(...renderStats(await library.stats()));
  }
  statsToggle.addEventListener('click', async () => {
    show(statsBox, statsBox.hidden);
    statsToggle.setAttribute('aria-expanded', String(!statsBox.hidden));
    await renderStatsPanel();
  });

  // ---- bulk -----------------------------------------------------------------------------------------

  function updateBulk(): void {
    byId('bulk-count').textContent = t('libSelected', state.selected.size);
    show(byId('bulk'), state.selected.size > 0);
  }
  byId('bulk-delete').addEventListener('click', () => void deleteWithUndo([...state.selected]));
  byId('bulk-tag').addEventListener('click', async () => {
    const tag = prompt(t('libBulkTagPrompt'))?.trim();
    if (!tag) return;
    for (const id of state.selected) {
      const s = await library.get(id);
      if (s) await library.update(id, { tags: [...s.tags, tag] });
    }
    await Promise.all([refresh(), renderTagFilter()]);
  });
  byId('bulk-export').addEventListener('click', () => void exportJson([...state.selected]));

  // ---- export and import ----------------------------------------------------------------------------

  const report = byId('import-report');
  async function exportJson(ids?: string[]): Promise<void> {
    const text = await library.exportJson(ids, (done, total) => {
      report.textContent = t('libExporting', done, total);
    });
    downloadText(text, exportFileName('json'), 'application/json');
    report.textContent = tn('libExported', (JSON.parse(text) as { speeches: unknown[] }).speeches.length);
  }
  /** The selection, or else what the list shows now (all, a tag's, a search's). */
  const allOrSelected = async () =>
    state.selected.size ? [...state.selected] : state.rows.map((r) => r.speech.id);

  async function exportDocx(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    report.textContent = t('libExporting', 0, ids.length);
    const [{ docxBlob }, shown] = await Promise.all([import('../export/officialDocx'), convert()]);
    const speeches: Speech[] = [];
    for (const id of ids) {
      const s = await library.get(id);
      if (s) speeches.push({ ...s, title: shown(s.title), body: shown(s.body) });
    }
    const blob = await docxBlob(speeches);
    downloadBlob(
      blob,
      speeches.length === 1 ? `${safeFileName(speeches[0]?.title ?? '')}.docx` : exportFileName('docx'),
    );
    report.textContent = tn('libExported', speeches.length);
  }
  byId('export-docx').addEventListener('click', async () => void exportDocx(await allOrSelected()));
  byId('reader-export-docx').addEventListener('click', () => {
    if (state.readerId) void exportDocx([state.readerId]);
  });
  byId('export-json').addEventListener('click', () => void exportJson());
  byId('export-md').addEventListener('click', async () => {
    const [text, shown] = await Promise.all([library.exportMarkdown(await allOrSelected()), convert()]);
    downloadText(shown(text), exportFileName('md'), 'text/markdown');
  });
  byId('export-txt').addEventListener('click', async () => {
    const [text, shown] = await Promise.all([library.exportText(await allOrSelected()), convert()]);
    downloadText(shown(text), exportFileName('txt'), 'text/plain');
  });
  byId<HTMLInputElement>('import-file').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await library.importJson(await file.text());
    if (result.ok) {
      report.textContent = t('libImported', result.added, result.merged, result.unchanged);
      report.dataset.ok = 'true';
      await Promise.all([refresh(), renderTagFilter()]);
    } else {
      report.dataset.ok = 'false';
      report.replaceChildren(
        h('strong', {}, t('libImportRefused')),
        h(
          'ul',
          {},
          ...result.issues
            .slice(0, 50)
            .map((i) =>
              h('li', {}, i.index >= 0 ? `${t('libImportRecord', i.index + 1)}：${i.message}` : i.message),
            ),
        ),
      );
    }
  });

  // ---- start ----------------------------------------------------------------------------------------

  fillFactFilters();
  await Promise.all([refresh(), renderTagFilter()]);
  document.body.dataset.ready = 'true';
  // A speech saved from the popup while this tab is open shows up at once.
  library.onChange(() => void Promise.all([refresh(), renderTagFilter(), renderStatsPanel()]));
  // The first query should not wait for the search index to load.
  setTimeout(
    () =>
      void library.prepareSearch().then(
        () => {
          searchReady = true;
        },
        () => undefined,
      ),
    300,
  );
  const deepLink = /#id=([^&]+)/.exec(location.hash);
  if (deepLink?.[1]) void openReader(decodeURIComponent(deepLink[1]));
  void library.requestPersistence().then(
    (granted) => {
      byId('persist-status').textContent =
        granted === undefined ? t('libPersistNa') : granted ? t('libPersistOk') : t('libPersistNo');
      byId('persist-status').dataset.granted = String(granted);
    },
    () => undefined,
  );
}
