import { containment, MIN_SAMPLES } from './fingerprint';

// Anchors: the samples that also fall on 1 in 8 of their own values (1 in 256 shingles in all). Two copies
// of one speech share anchors where they share text, so only speeches sharing one are compared in full.
const isAnchor = (h: number) => (h & 0xf0) === 0;
const MAX_CANDIDATES = 400;

/**
 * Near-duplicate lookup over every speech's shingle sample, in memory: a save compares against the few
 * speeches that share an anchor instead of all 10,000, and an import of a whole library stays linear.
 */
export class SampleIndex {
  private readonly samples = new Map<string, readonly number[]>();
  private readonly anchors = new Map<number, Set<string>>();
  /** Speeches too short to have an anchor: compared one by one (they are few and short). */
  private readonly unanchored = new Set<string>();

  add(id: string, sample: readonly number[]): void {
    this.remove(id);
    if (sample.length < MIN_SAMPLES) return;
    this.samples.set(id, sample);
    let anchored = false;
    for (const h of sample) {
      if (!isAnchor(h)) continue;
      anchored = true;
      const ids = this.anchors.get(h) ?? new Set<string>();
      ids.add(id);
      this.anchors.set(h, ids);
    }
    if (!anchored) this.unanchored.add(id);
  }

  remove(id: string): void {
    const old = this.samples.get(id);
    if (!old) return;
    this.samples.delete(id);
    this.unanchored.delete(id);
    for (const h of old) this.anchors.get(h)?.delete(id);
  }

  /** The speech holding the most of `sample` (or held most by it), if at least `threshold`; never `except`. */
  best(
    sample: readonly number[],
    threshold: number,
    except?: string,
  ): { id: string; score: number } | undefined {
    if (sample.length < MIN_SAMPLES) return undefined;
    // Set phrases (套话) recur in thousands of speeches: take the rarest anchors first and stop once there
    // are enough candidates, so a common phrase never turns a lookup into a scan of the whole library.
    const postings: Set<string>[] = [];
    for (const h of sample) {
      const ids = isAnchor(h) ? this.anchors.get(h) : undefined;
      if (ids?.size) postings.push(ids);
    }
    let pool: Iterable<string>;
    if (postings.length > 0) {
      postings.sort((a, b) => a.size - b.size);
      const candidates = new Set<string>(this.unanchored);
      for (const ids of postings) {
        if (candidates.size >= MAX_CANDIDATES) break;
        for (const id of ids) candidates.add(id);
      }
      pool = candidates;
    } else {
      // No anchor in common with anything: only a speech without anchors can hold this text.
      pool = this.unanchored.size > 0 ? this.unanchored : [];
    }
    let best: { id: string; score: number } | undefined;
    for (const id of pool) {
      const other = id === except ? undefined : this.samples.get(id);
      if (!other) continue;
      const score = containment(sample, other, best ? best.score : threshold);
      if (score >= threshold && (!best || score > best.score)) best = { id, score };
    }
    return best;
  }

  get size(): number {
    return this.samples.size;
  }
}
