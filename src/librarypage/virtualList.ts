/** The rows [first, last) to draw for a scroll position, with `margin` rows either side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  margin = 8,
) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - margin);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + margin);
  return { first, last };
}
