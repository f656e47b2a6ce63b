/**
 * The element's class attribute as written, or null. Read through the attribute node: linkedom answers
 * `getAttribute('class')` by joining its class list anew on every call, the engine's most frequent DOM read
 * on a parsed page. A browser gives the same string either way.
 */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}
