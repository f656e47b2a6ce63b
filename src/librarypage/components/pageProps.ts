import type { LibraryActions } from '../libraryActions';
import type { LibraryState } from '../libraryState';

/** What every component of the library page is given: the page's one state and its actions. */
export interface PageProps {
  state: LibraryState;
  actions: LibraryActions;
}
