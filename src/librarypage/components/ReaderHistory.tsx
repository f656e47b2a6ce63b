import type { HistoryEntry, MergeField, Speech } from '../../library/types';
import { formatDate } from '../../ui/dom';
import { type PlainKey, t, tn } from '../../ui/i18n';

const FIELD_LABEL: Record<MergeField, PlainKey> = {
  title: 'history.title',
  tags: 'history.tags',
  notes: 'history.notes',
  facts: 'history.facts',
  text: 'history.text',
  sources: 'history.sources',
  trash: 'history.trash',
};

/** An earlier value as one short line: text cut to a line, a list joined, facts as their values. */
function shown(h: HistoryEntry): string {
  const v = h.value;
  const line =
    typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.join('、')
        : v && typeof v === 'object'
          ? Object.values(v).join(' · ')
          : '';
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

/** What a merge or an edit replaced (a capture's title, a colleague's notes): kept, to read back. */
export function ReaderHistory({ speech }: { speech: Speech }) {
  const history = (speech.history ?? []).filter((h) => h.field !== 'trash' && h.field !== 'sources');
  if (history.length === 0) return null;
  return (
    <details id="reader-history">
      <summary>{tn('history.summary', history.length)}</summary>
      <ul>
        {history.map((h) => (
          <li key={`${h.at}:${h.field}`} class="history-item">
            <span class="muted">{`${t(FIELD_LABEL[h.field])} · ${formatDate(h.at)}`}</span> {shown(h)}
          </li>
        ))}
      </ul>
    </details>
  );
}
