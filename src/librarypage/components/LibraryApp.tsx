import { DuplicatePairs } from './DuplicatePairs';
import { ExcerptsPanel } from './ExcerptsPanel';
import { Notices } from './Notices';
import type { PageProps } from './pageProps';
import { Reader } from './Reader';
import { SpeechList } from './SpeechList';
import { StatsPanel } from './StatsPanel';
import { TagFilter } from './TagFilter';
import { TopBar } from './TopBar';

/**
 * LibraryApp ─ TopBar, Notices (persistence, report, error, undo), DuplicatePairs, StatsPanel, ExcerptsPanel,
 * TagFilter, SpeechList (→ SpeechRow), Reader (→ ReaderEditor, Recurring).
 */
export function LibraryApp(props: PageProps) {
  return (
    <>
      <TopBar {...props} />
      <Notices {...props} />
      <DuplicatePairs {...props} />
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
