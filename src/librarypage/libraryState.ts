import { batch, computed, effect, signal } from '@preact/signals';
import type {
  DuplicatePair,
  Excerpt,
  Genre,
  Level,
  LibraryStats,
  SearchHit,
  SortOrder,
  Speech,
  SpeechSummary,
  TagCount,
} from '../library/types';
import type { ObservedLibrary } from '../messaging/libraryEvents';
import { readLibraryRequest } from '../messaging/pageLinks';
import { type PlainKey, t } from '../ui/i18n';
import { libraryErrorText } from '../ui/labels';
import { isScript, type Script } from '../ui/scriptConverter';

export type Row = { speech: SpeechSummary; hit?: SearchHit };
export type Report = { ok?: boolean; text: string; issues?: string[] };

const FIRST_SCREEN = 60;
const SCRIPT_KEY = 'gaoku.script';

/**
 * The library page's one state. What the user chose lives in signals; what the library holds is loaded
 * by effects that read those signals and the change counters (bumped by every write, here or on another
 * page, for what it touched), so no action reloads anything by hand. The URL hash follows `readerId`,
 * localStorage follows `script`.
 */
export function createLibraryState(library: ObservedLibrary, location: Pick<Location, 'hash' | 'pathname'>) {
  const saved = localStorage.getItem(SCRIPT_KEY);
  const s = {
    library,
    view: signal<'library' | 'trash'>('library'),
    query: signal(''),
    tags: signal<readonly string[]>([]),
    sort: signal<SortOrder>('updated-desc'),
    genre: signal<Genre | undefined>(undefined),
    level: signal<Level | undefined>(undefined),
    /** Search: any one term is enough (else every term is needed, as the count says). */
    anyTerm: signal(false),
    truncatedOnly: signal(false),
    /** The speech's own date range, ISO (YYYY-MM-DD); empty for none. */
    dateFrom: signal(''),
    dateTo: signal(''),
    selected: signal<ReadonlySet<string>>(new Set()),
    readerId: signal<string | undefined>(readLibraryRequest(location.hash).speechId),
    script: signal<Script>(isScript(saved) ? saved : 'original'),
    statsOpen: signal(false),
    excerptsOpen: signal(false),
    tagFilter: signal(''),
    // What the library holds, as last loaded.
    rows: signal<readonly Row[]>([]),
    total: signal<number | undefined>(undefined),
    tagCounts: signal<readonly TagCount[]>([]),
    stats: signal<LibraryStats | undefined>(undefined),
    excerpts: signal<readonly Excerpt[]>([]),
    /** Copies of one speech that sync brought in beside each other, to merge or keep. */
    duplicatePairs: signal<readonly DuplicatePair[]>([]),
    /** What the last merge or keep did, said beside the pairs. */
    duplicateStatus: signal(''),
    reader: signal<Speech | undefined>(undefined),
    searchReady: signal(false),
    persisted: signal<boolean | undefined | null>(null),
    // What the page says.
    report: signal<Report | undefined>(undefined),
    /** Said beside the editor's Save. */
    readerStatus: signal(''),
    /** The bulk tag editor: open, the tags chosen in it, and what it last did (said beside it). */
    bulkTagging: signal(false),
    bulkTags: signal<readonly string[]>([]),
    bulkStatus: signal(''),
    /** Said beside 收入素材, at the top of the reader where that button is. */
    excerptStatus: signal(''),
    error: signal(''),
    undo: signal<string[] | undefined>(undefined),
    // Bumped for each change (src/messaging/libraryEvents.ts).
    speechesVersion: signal(0),
    excerptsVersion: signal(0),
  };
  const filters = computed(() => ({
    tags: [...s.tags.value],
    ...(s.genre.value ? { genre: s.genre.value } : {}),
    ...(s.level.value ? { level: s.level.value } : {}),
    ...(s.truncatedOnly.value ? { truncated: true } : {}),
    ...(s.dateFrom.value ? { dateFrom: s.dateFrom.value } : {}),
    ...(s.dateTo.value ? { dateTo: s.dateTo.value } : {}),
  }));

  /** Runs a load or an action; its failure is said in the UI language, never swallowed. */
  async function attempt(failed: PlainKey, run: () => Promise<unknown>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (e) {
      s.error.value = t(failed, libraryErrorText(e));
      return false;
    }
  }

  let generation = 0;
  async function loadRows(): Promise<void> {
    const mine = ++generation;
    const view = s.view.value;
    const query = s.query.value;
    const sort = s.sort.value;
    const f = filters.value;
    s.speechesVersion.value;
    await attempt('failed.load', async () => {
      if (view === 'trash') {
        const items = await library.listTrash();
        if (mine !== generation) return;
        batch(() => {
          s.rows.value = items.map((speech) => ({ speech }));
          s.total.value = items.length;
        });
      } else if (query) {
        const hits = await library.search(query, { ...f, limit: 1000, anyTerm: s.anyTerm.value });
        if (mine !== generation) return;
        batch(() => {
          s.rows.value = hits.map((hit) => ({ speech: hit.speech, hit }));
          s.total.value = hits.length;
        });
      } else {
        // First screen at once, the rest right after: 10,000 summaries never block the first paint.
        const first = await library.list({ sort, ...f, limit: FIRST_SCREEN });
        if (mine !== generation) return;
        batch(() => {
          s.rows.value = first.items.map((speech) => ({ speech }));
          s.total.value = first.total;
        });
        if (first.total > first.items.length) {
          const all = await library.list({ sort, ...f, limit: first.total });
          if (mine === generation) s.rows.value = all.items.map((speech) => ({ speech }));
        }
      }
    });
  }

  const stops = [
    effect(() => void loadRows()),
    effect(() => {
      s.speechesVersion.value;
      void attempt('failed.load', async () => {
        s.tagCounts.value = await library.tagCounts();
      });
    }),
    effect(() => {
      s.speechesVersion.value;
      void attempt('failed.load', async () => {
        s.duplicatePairs.value = await library.duplicatePairs();
      });
    }),
    effect(() => {
      s.speechesVersion.value;
      if (s.statsOpen.value)
        void attempt('failed.load', async () => {
          s.stats.value = await library.stats();
        });
    }),
    effect(() => {
      s.excerptsVersion.value;
      if (s.excerptsOpen.value)
        void attempt('failed.load', async () => {
          s.excerpts.value = await library.listExcerpts();
        });
    }),
    effect(() => {
      const id = s.readerId.value;
      s.speechesVersion.value;
      if (!id) {
        s.reader.value = undefined;
        return;
      }
      void attempt('failed.open', async () => {
        const speech = await library.get(id);
        if (s.readerId.peek() === id) s.reader.value = speech;
      });
    }),
    // The hash and localStorage are derived from the state, never read back but at start.
    effect(() => {
      const id = s.readerId.value;
      history.replaceState(null, '', id ? `#id=${encodeURIComponent(id)}` : location.pathname);
    }),
    effect(() => {
      localStorage.setItem(SCRIPT_KEY, s.script.value);
    }),
    effect(() => {
      document.body.dataset.view = s.view.value;
    }),
    library.onLibraryChange((change) => {
      batch(() => {
        if (change.speeches) s.speechesVersion.value++;
        if (change.excerpts) s.excerptsVersion.value++;
      });
    }),
  ];

  return { ...s, filters, attempt, dispose: () => stops.forEach((stop) => void stop()) };
}

export type LibraryState = ReturnType<typeof createLibraryState>;
