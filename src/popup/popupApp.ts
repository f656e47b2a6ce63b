import type { CaptureRecord } from '../extract/types';
import { charCount } from '../library/fingerprint';
import type { Library, SaveResult, Speech } from '../library/types';
import { type CaptureReply, isCaptureFailure } from '../messaging/protocol';
import { byId, h, show } from '../ui/dom';
import { localize, t, tn } from '../ui/i18n';
import { captureErrorText, libraryErrorText, removalLabel } from '../ui/labels';
import { capturesToSave } from './capturesToSave';
import { bodyWithRestored } from './restoreRemoved';
import { tagEditor } from './tagEditor';
import { truncationNotices, truncationSummary } from './truncationSummary';

export type PopupState = 'loading' | 'ready' | 'error' | 'saving' | 'saved' | 'duplicate';

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
}

const setState = (s: PopupState) => {
  document.body.dataset.state = s;
};
const status = (text: string) => {
  byId('capture-status').textContent = text;
};

function renderPreview(body: string): void {
  byId('preview').replaceChildren(...body.split('\n').map((p) => h('p', {}, p)));
}

/** The popup: capture the tab, show what was kept and removed, save with tags, handle duplicates. */
export async function startPopup(deps: PopupDeps): Promise<void> {
  localize();
  setState('loading');
  status(t('capturing'));
  byId('open-library').addEventListener('click', () => deps.openLibrary());
  void deps.library.requestPersistence().catch(() => undefined);

  const pending = await deps.pending.get().catch(() => undefined);
  const result = pending ? pending.record : await deps.capture();
  if (isCaptureFailure(result)) {
    const el = byId('capture-error');
    el.dataset.code = result.error.code;
    el.textContent = captureErrorText(result.error);
    show(el, true);
    status('');
    setState('error');
    return;
  }
  showCapture(result, deps, pending);
}

function showCapture(record: CaptureRecord, deps: PopupDeps, pending?: PendingCapture): void {
  const titleInput = byId<HTMLInputElement>('title');
  titleInput.value = pending?.title ?? record.title;
  byId('site').textContent = record.site;
  const restored = new Set<number>();
  const currentBody = () => bodyWithRestored(record.body, record.removed, restored);
  const updateBody = () => {
    const body = currentBody();
    renderPreview(body);
    byId('length').textContent = tn('chars', charCount(body));
  };
  updateBody();

  const summary = truncationSummary(record);
  const warning = byId('truncation-warning');
  if (summary) {
    const notices = truncationNotices(record);
    warning.replaceChildren(
      h('strong', {}, summary),
      ...(notices.length
        ? [
            h(
              'details',
              {},
              h('summary', {}, t('truncationNotices')),
              ...notices.map((n) => h('blockquote', {}, n)),
            ),
          ]
        : []),
    );
  }
  show(warning, Boolean(summary));

  const removedBox = byId('removed');
  byId('removed-summary').textContent = tn('removed', record.removed.length);
  byId('removed-list').replaceChildren(
    ...record.removed.map((block, i) => {
      const button = h('button', { type: 'button', class: 'restore-removed' }, t('restore'));
      button.addEventListener('click', () => {
        restored.add(i);
        button.disabled = true;
        button.textContent = t('restored');
        updateBody();
      });
      return h(
        'li',
        { class: 'removed-item', 'data-reason': block.reason },
        h('span', { class: 'removed-reason' }, removalLabel(block.reason)),
        h('span', { class: 'removed-text' }, block.text),
        button,
      );
    }),
  );
  show(removedBox, record.removed.length > 0);

  const partsBox = byId('parts');
  const checks: HTMLInputElement[] = [];
  if (record.parts.length > 1) {
    partsBox.replaceChildren(
      h('legend', {}, t('parts')),
      ...record.parts.map((part, i) => {
        const check = h('input', { type: 'checkbox', class: 'part-check', value: i });
        checks.push(check);
        return h('label', { class: 'part' }, check, ` ${part.title}`);
      }),
    );
  }
  show(partsBox, record.parts.length > 1);

  const tags = tagEditor((prefix) => deps.library.completeTags(prefix, 8));
  for (const tag of pending?.tags ?? []) tags.add(tag);
  void deps.library
    .suggestTags(record, 8)
    .then((s) => tags.setSuggestions(s))
    .catch(() => undefined);

  show(byId('capture-form'), true);
  byId<HTMLButtonElement>('save').disabled = false;
  status(t('ready'));
  setState('ready');

  const save = async (force = false) => {
    const jobs = capturesToSave(record, {
      title: titleInput.value,
      body: currentBody(),
      parts: checks.filter((c) => c.checked).map((c) => Number(c.value)),
    });
    setState('saving');
    status(t('saving'));
    byId<HTMLButtonElement>('save').disabled = true;
    try {
      const results: SaveResult[] = [];
      for (const job of jobs) {
        results.push(await deps.library.save(job.capture, { title: job.title, tags: tags.tags(), force }));
      }
      await deps.pending.clear();
      const dups = results.filter((r) => r.status === 'duplicate');
      if (jobs.length === 1 && dups[0]?.status === 'duplicate') {
        showDuplicate(dups[0], jobs[0]?.capture ?? record, deps, () => save(true));
        return;
      }
      const saved = results.flatMap((r) => (r.status === 'saved' ? [r.speech] : []));
      status(
        jobs.length === 1
          ? t('saved')
          : dups.length
            ? t('savedPartsSomeDup', saved.length, dups.length)
            : tn('savedParts', saved.length),
      );
      setState('saved');
    } catch (e) {
      await deps.pending.set({ record, title: titleInput.value, tags: tags.tags() }).catch(() => undefined);
      status(`${libraryErrorText(e)} ${t('pendingKept')}`);
      show(byId('retry-save'), true);
      byId<HTMLButtonElement>('save').disabled = false;
      setState('ready');
    }
  };

  byId('save').addEventListener('click', () => void save());
  byId('retry-save').addEventListener('click', () => {
    show(byId('retry-save'), false);
    void save();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && document.body.dataset.state === 'ready') void save();
  });
  if (pending) status(t('pending', pending.title));
}

function showDuplicate(
  dup: Extract<SaveResult, { status: 'duplicate' }>,
  capture: CaptureRecord,
  deps: PopupDeps,
  saveAnyway: () => Promise<void>,
): void {
  const match: Speech = dup.match;
  byId('dup-message').textContent =
    dup.kind === 'same-url'
      ? t('dupSameUrl', match.title)
      : t('dupSameText', match.title, match.sources[0]?.site ?? '');
  byId('dup-more-complete').textContent = dup.moreComplete ? t('dupMoreComplete') : '';
  show(byId('dup-replace'), dup.moreComplete);
  show(byId('duplicate'), true);
  status('');
  setState('duplicate');
  const finish = (message: string) => {
    show(byId('duplicate'), false);
    status(message);
    setState('saved');
  };
  byId('dup-open').addEventListener('click', () => deps.openLibrary(match.id));
  // A choice runs once it succeeds; a failure (a full disk) is said and the choices stay.
  let chosen = false;
  const choice = (id: string, run: () => Promise<unknown>, done: string) =>
    byId(id).addEventListener('click', async () => {
      if (chosen) return;
      chosen = true;
      try {
        await run();
        finish(done);
      } catch (e) {
        chosen = false;
        status(libraryErrorText(e));
      }
    });
  choice('dup-add-source', () => deps.library.addSource(match.id, capture), t('sourceAdded'));
  choice('dup-replace', () => deps.library.replaceText(match.id, capture), t('replaced'));
  byId('dup-save-new').addEventListener(
    'click',
    () => {
      show(byId('duplicate'), false);
      void saveAnyway();
    },
    { once: true },
  );
}
