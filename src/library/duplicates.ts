import { containment, fingerprintOf, foldText, MIN_SAMPLES, NEAR_DUPLICATE, SAME_PAGE } from './fingerprint';
import { normalizeUrl } from './normalizeUrl';
import type { SpeechRow } from './rows';
import { SampleIndex } from './sampleIndex';
import { sharesText } from './speechRows';
import type { Store } from './store';
import type { DuplicateKind } from './types';

/**
 * Is a capture already in the library? Same page, same text, or most of one in the other (docs/library.md,
 * "Duplicates"). Owns the in-memory anchor index over every live speech's shingle sample: loaded on the first
 * check that needs it, kept in step by `index` on every write, dropped when a write rolls back or another page
 * writes.
 */
export class Duplicates {
  private samples: SampleIndex | undefined;

  constructor(private readonly store: Store) {
    store.onStale((why) => {
      if (why !== 'write') this.samples = undefined;
    });
  }

  /** Within a write: the speech's sample on disk and in the index, for live speeches only. */
  async index(id: string, sample: number[], live: boolean): Promise<void> {
    const { db } = this.store;
    if (live) await db.samples.put({ id, sample });
    else await db.samples.delete(id);
    if (live) this.samples?.add(id, sample);
    else this.samples?.remove(id);
  }

  /** Within a write: speeches deleted for good. */
  async forget(ids: string[]): Promise<void> {
    await this.store.db.samples.bulkDelete(ids);
    for (const id of ids) this.samples?.remove(id);
  }

  /**
   * The live speech this capture repeats, if any: same page, same text, or most of one in the other. `except`:
   * a speech already saved, looking for another copy of itself.
   */
  async find(
    body: string,
    url: string,
    except?: string,
  ): Promise<{ row: SpeechRow; kind: DuplicateKind } | undefined> {
    const other = (r: SpeechRow) => r.live === 1 && r.id !== except;
    const { db } = this.store;
    const { folded, hash, sample } = fingerprintOf(body);
    // One page can hold several speeches (a compilation saved part by part): the same url is the same
    // speech only when the texts do not plainly differ.
    const [byUrl, byText] = await Promise.all([
      db.speeches.where('urls').equals(normalizeUrl(url)).filter(other).toArray(),
      db.speeches.where('fingerprint').equals(hash).filter(other).first(),
    ]);
    for (const row of byUrl) {
      const text = await db.texts.get(row.id);
      const theirs = (await db.samples.get(row.id))?.sample ?? [];
      const same =
        sample.length >= MIN_SAMPLES && theirs.length >= MIN_SAMPLES
          ? containment(sample, theirs) >= SAME_PAGE
          : sharesText(folded, foldText(text?.body ?? ''));
      if (same) return { row, kind: 'same-url' };
    }
    if (byText) return { row: byText, kind: 'same-text' };
    if (sample.length < MIN_SAMPLES) return undefined;
    if (!this.samples) {
      const index = new SampleIndex();
      for (const r of await db.samples.toArray()) index.add(r.id, r.sample);
      this.samples = index;
    }
    const best = this.samples.best(sample, NEAR_DUPLICATE, except);
    if (!best) return undefined;
    const row = await db.speeches.get(best.id);
    return row?.live ? { row, kind: 'near-text' } : undefined;
  }
}
