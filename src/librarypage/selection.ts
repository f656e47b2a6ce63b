/** The text selected inside `container`, or '' when the selection is elsewhere. */
export function selectionWithin(container: HTMLElement): string {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
  const range = sel.getRangeAt(0);
  return container.contains(range.commonAncestorContainer) ? sel.toString().trim() : '';
}
