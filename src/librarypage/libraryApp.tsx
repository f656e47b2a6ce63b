import { render } from 'preact';
import type { Library } from '../library/types';
import { type ObservedLibrary, observedLibrary } from '../messaging/libraryEvents';
import { localize } from '../ui/i18n';
import { LibraryApp } from './components/LibraryApp';
import { libraryActions } from './libraryActions';
import { createLibraryState } from './libraryState';

const observed = (l: Library | ObservedLibrary): ObservedLibrary =>
  'onLibraryChange' in l ? l : observedLibrary(l);

/** The library page: list, search, tag filter, reader and editor, trash, bulk actions, export and import. */
export async function startLibraryPage(
  library: Library | ObservedLibrary,
  root: HTMLElement = document.body,
) {
  localize();
  const state = createLibraryState(observed(library), location);
  const actions = libraryActions(state);
  render(<LibraryApp state={state} actions={actions} />, root.querySelector<HTMLElement>('#app') ?? root);
  // The first screen is in once the first rows and the tags are.
  await new Promise<void>((resolve) => {
    const stop = state.total.subscribe((total) => {
      if (total === undefined) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
  document.body.dataset.ready = 'true';
  // The first query should not wait for the search index to load.
  setTimeout(
    () =>
      void state.library.prepareSearch().then(
        () => {
          state.searchReady.value = true;
        },
        () => undefined,
      ),
    300,
  );
  void state.library.requestPersistence().then(
    (granted) => {
      state.persisted.value = granted;
    },
    () => undefined,
  );
  return { state, actions };
}
