import { batch } from '@preact/signals';
import type { SpeechFacts } from '../facts/speechFacts';
import type { Speech } from '../library/types';
import { downloadBlob, downloadText } from '../ui/dom';
import { type PlainKey, t, tn } from '../ui/i18n';
import { importIssueText } from '../ui/labels';
import { converterFor } from '../ui/scriptConverter';
import { exportFileName, safeFileName } from './fileNames';
import type { LibraryState } from './libraryState';

const UNDO_MS = 8000;

/** Every user action of the library page: each writes the state or the library, and says its failure. */
export function libraryActions(
  s: LibraryState,
  // The browser's own dialogs, called on window (unbound, they throw).
  ask = {
    prompt: (message: string, value?: string) => window.prompt(message, value),
    confirm: (message: string) => window.confirm(message),
  },
) {
  const { library } = s;
  const act = (failed: PlainKey, run: () => Promise<unknown>) => {
    s.error.value = '';
    return s.attempt(failed, run);
  };
  const convert = () => converterFor(s.script.peek());
  /** The selection, or else what the list shows now (all, a tag's, a search's). */
  const allOrSelected = () =>
    s.selected.peek().size ? [...s.selected.peek()] : s.rows.peek().map((r) => r.speech.id);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const actions = {
    openReader(id: string) {
      batch(() => {
        s.readerId.value = id;
        s.readerStatus.value = '';
        s.excerptStatus.value = '';
      });
    },
    closeReader() {
      s.readerId.value = undefined;
    },
    toggleSelected(id: string, on: boolean) {
      const next = new Set(s.selected.peek());
      if (on) next.add(id);
      else next.delete(id);
      s.selected.value = next;
    },
    toggleTag(tag: string) {
      const tags = s.tags.peek();
      s.tags.value = tags.includes(tag) ? tags.filter((x) => x !== tag) : [...tags, tag];
    },
    searchFor(query: string) {
      batch(() => {
        s.readerId.value = undefined;
        s.query.value = query;
      });
    },
    saveEdits: (edits: { title: string; tags: string[]; notes: string; facts: SpeechFacts }) =>
      act('failed.saveEdits', async () => {
        const id = s.readerId.peek();
        if (!id) return;
        await library.update(id, edits);
        s.readerStatus.value = t('libSavedEdits');
      }),
    remove: (ids: string[]) =>
      act('failed.delete', async () => {
        if (ids.length === 0) return;
        await library.trash(ids);
        batch(() => {
          if (ids.includes(s.readerId.peek() ?? '')) s.readerId.value = undefined;
          s.selected.value = new Set();
          s.undo.value = ids;
        });
        clearTimeout(undoTimer);
        undoTimer = setTimeout(() => {
          s.undo.value = undefined;
        }, UNDO_MS);
      }),
    undoDelete: () =>
      act('failed.undo', async () => {
        const ids = s.undo.peek();
        if (!ids) return;
        clearTimeout(undoTimer);
        await library.restore(ids);
        s.undo.value = undefined;
      }),
    restore: (id: string) => act('failed.restore', () => library.restore([id])),
    mergeDuplicatePair: (id: string) =>
      act('failed.mergeDuplicate', async () => {
        const kept = await library.mergeDuplicatePair(id);
        s.duplicateStatus.value = t('duplicates.merged', kept.title);
      }),
    keepDuplicatePair: (id: string) =>
      act('failed.keepDuplicate', async () => {
        await library.keepDuplicatePair(id);
        s.duplicateStatus.value = t('duplicates.kept');
      }),
    emptyTrash: () =>
      act('failed.emptyTrash', async () => {
        if (ask.confirm(t('libEmptyTrashConfirm'))) await library.emptyTrash();
      }),
    toggleTrash() {
      batch(() => {
        s.view.value = s.view.peek() === 'trash' ? 'library' : 'trash';
        s.selected.value = new Set();
      });
    },
    /** Adds the tags chosen in the bulk tag editor to every selected speech; said beside the editor. */
    bulkTag: () =>
      act('failed.bulkTag', async () => {
        const tags = s.bulkTags.peek();
        const ids = [...s.selected.peek()];
        if (!tags.length || !ids.length) return;
        for (const id of ids) {
          const speech = await library.get(id);
          if (speech) await library.update(id, { tags: [...speech.tags, ...tags] });
        }
        batch(() => {
          s.bulkStatus.value = t('libBulkTagged', ids.length, tags.join('、'));
          s.bulkTags.value = [];
          s.bulkTagging.value = false;
        });
      }),
    renameTag: (from: string) =>
      act('failed.renameTag', async () => {
        const to = ask.prompt(t('tagRenamePrompt', from), from)?.trim();
        if (!to || to === from) return;
        // Renaming onto an existing tag merges the two.
        await library.renameTag(from, to);
        s.tags.value = [...new Set(s.tags.peek().map((x) => (x === from ? to : x)))];
      }),
    addExcerpt: (text: string) =>
      act('failed.addExcerpt', async () => {
        const id = s.readerId.peek();
        if (!id || !text) {
          s.excerptStatus.value = t('excerptSelectFirst');
          return;
        }
        await library.addExcerpt(id, text);
        s.excerptStatus.value = tn('excerptAdded', text.length);
      }),
    deleteExcerpt: (id: string) => act('failed.deleteExcerpt', () => library.deleteExcerpt(id)),
    exportExcerpts: () =>
      act('failed.export', async () => {
        const md = await library.exportExcerpts();
        downloadText(md, exportFileName('md').replace('gaoku-', 'gaoku-sucai-'), 'text/markdown');
      }),
    exportJson: (ids?: string[]) =>
      act('failed.export', async () => {
        const text = await library.exportJson(ids, (done, total) => {
          s.report.value = { text: t('libExporting', done, total) };
        });
        downloadText(text, exportFileName('json'), 'application/json');
        s.report.value = {
          text: tn('libExported', (JSON.parse(text) as { speeches: unknown[] }).speeches.length),
        };
      }),
    exportSelected: () => actions.exportJson([...s.selected.peek()]),
    exportMarkdown: () =>
      act('failed.export', async () => {
        const [text, shown] = await Promise.all([library.exportMarkdown(allOrSelected()), convert()]);
        downloadText(shown(text), exportFileName('md'), 'text/markdown');
      }),
    exportText: () =>
      act('failed.export', async () => {
        const [text, shown] = await Promise.all([library.exportText(allOrSelected()), convert()]);
        downloadText(shown(text), exportFileName('txt'), 'text/plain');
      }),
    exportDocx: (ids: string[] = allOrSelected()) =>
      act('failed.exportDocx', async () => {
        if (ids.length === 0) return;
        s.report.value = { text: t('libExporting', 0, ids.length) };
        const [{ docxBlob }, shown] = await Promise.all([import('../export/officialDocx'), convert()]);
        const speeches: Speech[] = [];
        for (const id of ids) {
          const speech = await library.get(id);
          if (speech) speeches.push({ ...speech, title: shown(speech.title), body: shown(speech.body) });
        }
        const blob = await docxBlob(speeches);
        const one = speeches.length === 1 ? speeches[0] : undefined;
        downloadBlob(blob, one ? `${safeFileName(one.title)}.docx` : exportFileName('docx'));
        s.report.value = { text: tn('libExported', speeches.length) };
      }),
    importFile: (file: File) =>
      act('failed.import', async () => {
        const result = await library.importJson(await file.text());
        s.report.value = result.ok
          ? { ok: true, text: t('libImported', result.added, result.merged, result.unchanged) }
          : {
              ok: false,
              text: t('libImportRefused'),
              // The library's own reasons (src/library), with the record they are about.
              issues: result.issues
                .slice(0, 50)
                .map((i) =>
                  i.index >= 0
                    ? `${t('libImportRecord', i.index + 1)} · ${importIssueText(i)}`
                    : importIssueText(i),
                ),
            };
      }),
  };
  return actions;
}

export type LibraryActions = ReturnType<typeof libraryActions>;
