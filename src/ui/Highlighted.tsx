/** Text cut at the given [start, end) ranges; overlapping or out-of-range ranges are skipped. */
export function highlightSegments(
  text: string,
  ranges: readonly (readonly [number, number])[],
): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at || b > text.length || a >= b) continue;
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Captured text with the ranges in <mark>, as text: markup in it stays characters. */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
}) {
  return (
    <>{highlightSegments(text, ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
