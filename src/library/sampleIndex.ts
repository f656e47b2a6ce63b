import { containment, MIN_SAMPLES } from './fingerprint';

// Anchors: the samples that also fall on 1 in 8 of their own values (1 in 256 shingles in all). Two copies
// of one speech share anchors where they share text, so only speeches sharing one are compared in full.
const isAnchor = (h: number) => (h & 0xf0) === 0;

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

  /** The speech holding the most of `sample` (or held most by it), if at least `threshold`. */
  best(sample: readonly number[], threshold: number): { id: string; score: number } | undefined {
    if (sample.length < MIN_SAMPLES) return undefined;
    const candidates = new Set<string>(this.unanchored);
    let anchored = false;
    for (const h of sample) {
      if (!isAnchor(h)) continue;
      anchored = true;
      for (const id of this.anchors.get(h) ?? []) candidates.add(id);
    }
    const pool = anchored ? candidates : this.samples.keys();
    let best: { id: string; score: number } | undefined;
    for (const id of pool) {
      const other = this.samples.get(id);
      if (!other) continue;
      const score = containment(sample, other);
      if (score >= threshold && (!best || score > best.score)) best = { id, score };
    }
    return best;
  }

  get size(): number {
    return this.samples.size;
  }
}
