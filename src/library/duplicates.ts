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

  /** Within a write: the speeches' samples on disk and in the index, for live speeches only. */
  async index(entries: readonly { id: string; sample: number[]; live: boolean }[]): Promise<void> {
    const { db } = this.store;
    const live = entries.filter((e) => e.live);
    const gone = entries.filter((e) => !e.live).map((e) => e.id);
    await Promise.all([
      live.length ? db.samples.bulkPut(live.map(({ id, sample }) => ({ id, sample }))) : undefined,
      gone.length ? db.samples.bulkDelete(gone) : undefined,
    ]);
    for (const e of live) this.samples?.add(e.id, e.sample);
    for (const id of gone) this.samples?.remove(id);
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
  async find(body: string, url: string, except?: string): Promise<Found | undefined> {
    return (await this.findMany([{ body, url, except }]))[0];
  }

  /** `find` for many texts at once (what sync brought in): a few requests in all, not a few per text. */
  async findMany(
    items: readonly { body: string; url: string; except?: string }[],
  ): Promise<(Found | undefined)[]> {
    if (items.length === 0) return [];
    const { db } = this.store;
    const prints = items.map((i) => ({
      ...fingerprintOf(i.body),
      url: normalizeUrl(i.url),
      except: i.except,
    }));
    const live = (r: SpeechRow) => r.live === 1;
    const [byUrl, byText] = await Promise.all([
      db.speeches
        .where('urls')
        .anyOf(unique(prints.map((p) => p.url)))
        .filter(live)
        .toArray(),
      db.speeches
        .where('fingerprint')
        .anyOf(unique(prints.map((p) => p.hash)))
        .filter(live)
        .toArray(),
    ]);
    const onUrl = groupBy(byUrl, (r) => r.urls);
    const withText = groupBy(byText, (r) => [r.fingerprint]);
    const urlIds = unique(byUrl.map((r) => r.id));
    const [texts, samples] = await Promise.all([db.texts.bulkGet(urlIds), db.samples.bulkGet(urlIds)]);
    const textOf = new Map(urlIds.map((id, i) => [id, texts[i]?.body ?? '']));
    const sampleOf = new Map(urlIds.map((id, i) => [id, samples[i]?.sample ?? []]));

    const out: (Found | undefined)[] = [];
    /** Texts that are neither on a known page nor a known text: looked up in the sample index after. */
    const unmatched: number[] = [];
    for (const [at, p] of prints.entries()) {
      // One page can hold several speeches (a compilation saved part by part): the same url is the same
      // speech only when the texts do not plainly differ.
      const sameUrl = (onUrl.get(p.url) ?? []).find((row) => {
        if (row.id === p.except) return false;
        const theirs = sampleOf.get(row.id) ?? [];
        return p.sample.length >= MIN_SAMPLES && theirs.length >= MIN_SAMPLES
          ? containment(p.sample, theirs) >= SAME_PAGE
          : sharesText(p.folded, foldText(textOf.get(row.id) ?? ''));
      });
      if (sameUrl) {
        out.push({ row: sameUrl, kind: 'same-url' });
        continue;
      }
      const sameText = (withText.get(p.hash) ?? []).find((row) => row.id !== p.except);
      out.push(sameText ? { row: sameText, kind: 'same-text' } : undefined);
      if (!sameText && p.sample.length >= MIN_SAMPLES) unmatched.push(at);
    }
    if (unmatched.length === 0) return out;
    // Loaded once, and then only read: inside a write, awaiting anything but the database's own requests
    // would let IndexedDB commit the transaction under us.
    const index = this.samples ?? (await this.loadSampleIndex());
    const near = unmatched.flatMap((at) => {
      const p = prints[at] as (typeof prints)[number];
      const best = index.best(p.sample, NEAR_DUPLICATE, p.except);
      return best ? [{ at, id: best.id }] : [];
    });
    const rows = await db.speeches.bulkGet(near.map((n) => n.id));
    for (const [i, n] of near.entries()) {
      const row = rows[i];
      if (row?.live) out[n.at] = { row, kind: 'near-text' };
    }
    return out;
  }

  private loadSampleIndex(): Promise<SampleIndex> {
    return this.store.db.samples.toArray().then((rows) => {
      const index = new SampleIndex();
      for (const r of rows) index.add(r.id, r.sample);
      this.samples = index;
      return index;
    });
  }
}

export interface Found {
  row: SpeechRow;
  kind: DuplicateKind;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Rows under each of their keys, each row once per key, in the order they came. */
function groupBy(rows: SpeechRow[], keys: (r: SpeechRow) => string[]): Map<string, SpeechRow[]> {
  const out = new Map<string, SpeechRow[]>();
  for (const r of rows) {
    for (const k of unique(keys(r))) {
      const list = out.get(k) ?? [];
      if (!list.some((x) => x.id === r.id)) list.push(r);
      out.set(k, list);
    }
  }
  return out;
}
