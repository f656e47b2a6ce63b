import type { Library } from '../library/types';
import { type Broadcaster, broadcaster } from './broadcast';
import type { LibraryChange } from './protocol';

/** What each write of the Library interface changes; reads are not listed. */
const WRITES = {
  save: { speeches: true },
  saveAll: { speeches: true },
  addSource: { speeches: true },
  replaceText: { speeches: true },
  update: { speeches: true },
  trash: { speeches: true },
  restore: { speeches: true },
  emptyTrash: { speeches: true },
  renameTag: { speeches: true },
  mergeTags: { speeches: true },
  importJson: { speeches: true, excerpts: true },
  addExcerpt: { excerpts: true },
  deleteExcerpt: { excerpts: true },
  applySynced: { speeches: true, excerpts: true },
  noteSavedBy: { speeches: true },
  mergeDuplicatePair: { speeches: true },
  keepDuplicatePair: { speeches: true },
} as const satisfies Partial<Record<keyof Library, LibraryChange>>;

/** A write whose answer says it changed nothing (a duplicate found, a refused import). */
const changedNothing = (prop: PropertyKey, result: unknown) =>
  // Sync applies the same versions again and again; most change nothing, and pages need not reload.
  (prop === 'applySynced' && result === 0) ||
  (result as { status?: string } | undefined)?.status === 'duplicate' ||
  (result as { ok?: boolean } | undefined)?.ok === false;

export type ChangeListener = (change: LibraryChange, from: 'this-page' | 'another-page') => void;

export interface ObservedLibrary extends Library {
  /** Every change, made here or on another page, with what it touched. */
  onLibraryChange(listener: ChangeListener): () => void;
}

/**
 * The Library as the pages use it: each write that succeeds is told to this page's listeners and broadcast
 * (`libraryChanged`, typed in protocol.ts) to the other pages, which reload only what the change touched.
 * The library keeps its own caches in step with other pages' writes by itself (src/library).
 */
export function observedLibrary(
  library: Library,
  bus: Broadcaster = broadcaster('library-changed'),
): ObservedLibrary {
  const listeners = new Set<ChangeListener>();
  const tell = (change: LibraryChange, from: 'this-page' | 'another-page') => {
    for (const l of listeners) l(change, from);
  };
  bus.on('libraryChanged', (change) => tell(change, 'another-page'));

  const own: Partial<ObservedLibrary> = {
    onChange: (listener) => bus.on('libraryChanged', () => listener()),
    onLibraryChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      bus.close();
      library.close();
    },
  };
  // Looked up at each call, so a test's spy on the library is what runs.
  return new Proxy(library, {
    get(target, prop, receiver) {
      if (prop in own) return own[prop as keyof typeof own];
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const change = (WRITES as Record<PropertyKey, LibraryChange>)[prop];
      if (!change) return value.bind(target);
      return async (...args: unknown[]) => {
        const result = await (Reflect.get(target, prop) as (...a: unknown[]) => Promise<unknown>).apply(
          target,
          args,
        );
        if (!changedNothing(prop, result)) {
          tell(change, 'this-page');
          bus.send('libraryChanged', change);
        }
        return result;
      };
    },
  }) as ObservedLibrary;
}
