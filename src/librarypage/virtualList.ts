/**
 * A list that renders only the rows in view (plus a margin), so 10,000 speeches scroll like 50: the
 * scroller holds one spacer as tall as all rows, and rows are absolutely placed at `index × rowHeight`.
 */
export interface VirtualList<T> {
  setItems(items: readonly T[]): void;
  refresh(): void;
  scrollToTop(): void;
}

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

export function virtualList<T>(
  scroller: HTMLElement,
  rowHeight: number,
  renderRow: (item: T, index: number) => HTMLElement,
): VirtualList<T> {
  const spacer = document.createElement('div');
  spacer.className = 'virtual-spacer';
  spacer.style.position = 'relative';
  scroller.replaceChildren(spacer);
  let items: readonly T[] = [];
  let scheduled = false;

  function draw(): void {
    spacer.style.height = `${items.length * rowHeight}px`;
    // Before layout (tests, a hidden tab) the viewport reads 0: draw a first screen anyway.
    const viewport = scroller.clientHeight || 800;
    const { first, last } = visibleRange(scroller.scrollTop, viewport, rowHeight, items.length);
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = renderRow(items[i] as T, i);
      row.style.position = 'absolute';
      row.style.top = `${i * rowHeight}px`;
      row.style.height = `${rowHeight}px`;
      row.style.left = '0';
      row.style.right = '0';
      rows.push(row);
    }
    spacer.replaceChildren(...rows);
  }

  scroller.addEventListener('scroll', () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      draw();
    });
  });
  return {
    setItems(next) {
      items = next;
      draw();
    },
    refresh: draw,
    scrollToTop() {
      scroller.scrollTop = 0;
    },
  };
}
