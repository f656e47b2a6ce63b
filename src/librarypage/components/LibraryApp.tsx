import type { LibraryActions } from '../libraryActions';
import type { LibraryState } from '../libraryState';
import { ExcerptsPanel } from './ExcerptsPanel';
import { Notices } from './Notices';
import { Reader } from './Reader';
import { SpeechList } from './SpeechList';
import { StatsPanel } from './StatsPanel';
import { TagFilter } from './TagFilter';
import { TopBar } from './TopBar';

export interface PageProps {
  state: LibraryState;
  actions: LibraryActions;
}

/**
 * LibraryApp ─ TopBar, Notices (persistence, report, error, undo), StatsPanel, ExcerptsPanel,
 * TagFilter, SpeechList (→ SpeechRow), Reader (→ ReaderEditor, Recurring).
 */
export function LibraryApp(props: PageProps) {
  return (
    <>
      <TopBar {...props} />
      <Notices {...props} />
      <StatsPanel {...props} />
      <ExcerptsPanel {...props} />
      <main class="layout">
        <TagFilter {...props} />
        <SpeechList {...props} />
      </main>
      <Reader {...props} />
    </>
  );
}
