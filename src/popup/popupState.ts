import { batch, computed, effect, signal } from '@preact/signals';
import type { CaptureRecord } from '../extract/types';
import { charCount } from '../library/fingerprint';
import type { Library, SaveResult } from '../library/types';
import type { CaptureError, CaptureOffers, CaptureReply } from '../messaging/protocol';
import { isCaptureFailure } from '../messaging/protocol';
import { t, tn } from '../ui/i18n';
import { libraryErrorText } from '../ui/labels';
import { capturesToSave } from './capturesToSave';
import { type DocumentDeps, documentActions } from './documentActions';
import type { PopupPhase } from './popupPhase';
import { bodyWithRestored, gapsAfterRestore } from './restoreRemoved';

export type Duplicate = Extract<SaveResult, { status: 'duplicate' }>;

/** A capture the library could not take (a full disk), kept with the user's edits until a retry. */
export interface PendingCapture {
  record: CaptureRecord;
  title: string;
  tags: string[];
}

export interface PopupDeps {
  library: Library;
  capture: () => Promise<CaptureReply>;
  openLibrary: (speechId?: string) => void;
  pending: {
    get(): Promise<PendingCapture | undefined>;
    set(p: PendingCapture): Promise<void>;
    clear(): Promise<void>;
  };
  /** Reading the tab's PDF, attachments and page images (absent: the page's text only). */
  documents?: DocumentDeps;
  /** The keys that open the popup, to show them (absent: none shown). */
  shortcut?: () => Promise<string | undefined>;
}

/** The popup's one state: everything the components show is read from here, every action writes here. */
export function createPopupState(deps: PopupDeps) {
  const phase = signal<PopupPhase>('loading');
  const status = signal(t('capturing'));
  const error = signal<CaptureError | undefined>(undefined);
  const record = signal<CaptureRecord | undefined>(undefined);
  const title = signal('');
  const restored = signal<ReadonlySet<number>>(new Set());
  const parts = signal<ReadonlySet<number>>(new Set());
  const tags = signal<readonly string[]>([]);
  const suggestions = signal<readonly string[]>([]);
  const duplicate = signal<Duplicate | undefined>(undefined);
  const canRetry = signal(false);
  /** What the page offers beside its text (its PDF, attachments, page images), from the capture. */
  const offers = signal<CaptureOffers>({});
  /** Reading a file or recognising images: what is being done, for the status line and the bar. */
  const progress = signal<{ text: string; share: number } | undefined>(undefined);
  /** The page a file came from (an attachment's notice page): saved as the speech's second source. */
  const alsoFrom = signal<CaptureRecord | undefined>(undefined);
  /** The popup's own shortcut, said in its header so the next capture can skip the mouse. */
  const shortcut = signal('');
  const body = computed(() => {
    const r = record.value;
    return r ? bodyWithRestored(r.body, r.removed, restored.value) : '';
  });
  const length = computed(() => tn('chars', charCount(body.value)));
  /** The record's truncation with its gaps where they now are in `body` (blocks put back move them). */
  const truncation = computed(() => {
    const r = record.value;
    return r ? gapsAfterRestore(r.body, r.removed, restored.value, r.truncation) : [];
  });

  const stopMirror = effect(() => {
    document.body.dataset.state = phase.value;
  });

  async function start(): Promise<void> {
    void deps.library.requestPersistence().catch(() => undefined);
    void deps
      .shortcut?.()
      .then((keys) => {
        shortcut.value = keys ?? '';
      })
      .catch(() => undefined);
    const pending = await deps.pending.get().catch(() => undefined);
    const reply = pending ? undefined : await deps.capture();
    if (reply?.offers) offers.value = reply.offers;
    accept(reply ?? (pending as PendingCapture).record, pending);
    if (!pending) await docs.afterCapture();
  }

  /** A capture (the page's, a file's, recognised images') becomes what the popup shows. */
  function accept(result: CaptureReply, pending?: PendingCapture): void {
    if (isCaptureFailure(result)) {
      batch(() => {
        error.value = result.error;
        record.value = undefined;
        status.value = '';
        phase.value = 'error';
      });
      return;
    }
    const { offers: _, ...capture } = result;
    batch(() => {
      error.value = undefined;
      record.value = capture;
      restored.value = new Set();
      parts.value = new Set();
      title.value = pending?.title ?? capture.title;
      tags.value = pending?.tags ?? tags.value;
      status.value = pending ? t('pending', pending.title) : t('ready');
      phase.value = 'ready';
    });
    void deps.library
      .suggestTags(capture, 8)
      .then((s) => {
        suggestions.value = s;
      })
      .catch(() => undefined);
    // Already saved? Said at once, with the choices, not after Save. A compilation is saved part by part,
    // each checked on its own then.
    if (capture.parts.length <= 1)
      void deps.library
        .findDuplicate(capture)
        .then((dup) => {
          if (!dup || record.value !== capture || phase.value !== 'ready') return;
          batch(() => {
            duplicate.value = dup;
            status.value = '';
            phase.value = 'duplicate';
          });
        })
        .catch(() => undefined);
  }

  async function save(force = false): Promise<void> {
    const r = record.value;
    if (!r || (phase.value !== 'ready' && phase.value !== 'duplicate')) return;
    const jobs = capturesToSave(r, {
      title: title.value,
      body: body.value,
      truncation: truncation.value,
      parts: [...parts.value].sort(),
    });
    batch(() => {
      phase.value = 'saving';
      status.value = t('saving');
      canRetry.value = false;
    });
    // Kept before the write: a browser closed mid-save leaves the capture for the next popup to retry.
    const keep: PendingCapture = { record: r, title: title.value, tags: [...tags.value] };
    try {
      await deps.pending.set(keep).catch(() => undefined);
      // every part of a compilation in one transaction: all saved, or none
      const results: SaveResult[] = await deps.library.saveAll(
        jobs.map((job) => ({
          capture: job.capture,
          options: { title: job.title, tags: [...tags.value], force },
        })),
      );
      // an attachment's speech keeps the notice page it was linked from as its second source
      const page = alsoFrom.value;
      for (const done of results)
        if (page && done.status === 'saved' && done.speech.sources.every((x) => x.url !== page.url))
          await deps.library.addSource(done.speech.id, page);
      await deps.pending.clear();
      const dups = results.filter((x): x is Duplicate => x.status === 'duplicate');
      if (jobs.length === 1 && dups[0]) {
        batch(() => {
          duplicate.value = dups[0];
          record.value = jobs[0]?.capture ?? r;
          status.value = '';
          phase.value = 'duplicate';
        });
        return;
      }
      const saved = results.length - dups.length;
      batch(() => {
        status.value =
          jobs.length === 1
            ? t('saved')
            : dups.length
              ? t('savedPartsSomeDup', saved, dups.length)
              : tn('savedParts', saved);
        phase.value = 'saved';
      });
    } catch (e) {
      await deps.pending.set(keep).catch(() => undefined);
      batch(() => {
        status.value = `${libraryErrorText(e)} ${t('pendingKept')}`;
        canRetry.value = true;
        phase.value = 'ready';
      });
    }
  }

  const docs = documentActions({
    deps: deps.documents,
    phase,
    status,
    error,
    record,
    offers,
    progress,
    alsoFrom,
    accept,
  });

  let choosing = false;
  /** A duplicate choice runs once it succeeds; a failure (a full disk) is said and the choices stay. */
  async function choose(run: (d: Duplicate, capture: CaptureRecord) => Promise<unknown>, done: string) {
    const d = duplicate.value;
    const r = record.value;
    if (!d || !r || choosing) return;
    choosing = true;
    try {
      await run(d, r);
      batch(() => {
        duplicate.value = undefined;
        status.value = done;
        phase.value = 'saved';
      });
    } catch (e) {
      status.value = libraryErrorText(e);
    } finally {
      choosing = false;
    }
  }

  return {
    phase,
    status,
    error,
    record,
    title,
    restored,
    parts,
    tags,
    suggestions,
    duplicate,
    canRetry,
    offers,
    progress,
    alsoFrom,
    readDocument: docs.readDocument,
    scanned: docs.scanned,
    recognise: docs.recognise,
    body,
    length,
    truncation,
    shortcut,
    deps,
    start,
    save,
    addSource: () =>
      choose(
        (d, c) => deps.library.addSource(d.match.id, c),
        // the same page again renews its capture time; another page is another source
        duplicate.value?.kind === 'same-url' ? t('sourceRefreshed') : t('sourceAdded'),
      ),
    replaceText: () => choose((d, c) => deps.library.replaceText(d.match.id, c), t('replaced')),
    saveAsNew: () => {
      duplicate.value = undefined;
      phase.value = 'ready';
      void save(true);
    },
    restore: (i: number) => {
      restored.value = new Set([...restored.value, i]);
    },
    togglePart: (i: number, on: boolean) => {
      const next = new Set(parts.value);
      if (on) next.add(i);
      else next.delete(i);
      parts.value = next;
    },
    dispose: stopMirror,
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
