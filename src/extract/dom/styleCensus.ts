/**
 * Which CSS properties the page's own style sets anywhere: its sheets (imports, @media, @layer, nested and
 * keyframe rules included), constructed sheets, `style` attributes, and the colour attributes HTML maps to
 * CSS. A property no author sets has the browser's default on every element, and the browser's defaults
 * hide text only by `display` (which is always read): the live-page test then skips reading it (a page of
 * 100,000 links read 1.5 million computed values, most of them defaults).
 *
 * Undefined when a sheet cannot be read (a stylesheet from another origin): then every property is read.
 */
export function styledProperties(doc: Document): Set<string> | undefined {
  const found = new Set<string>();
  const collect = (style: CSSStyleDeclaration) => {
    for (let i = 0; i < style.length; i++) found.add(style.item(i));
  };
  // False when a sheet (or one it imports) cannot be read.
  const readSheet = (sheet: CSSStyleSheet): boolean => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return false;
    }
    return readRules(rules);
  };
  const readRules = (rules: CSSRuleList): boolean => {
    for (const rule of Array.from(rules)) {
      const { style, cssRules, styleSheet } = rule as CSSRule & {
        style?: CSSStyleDeclaration;
        cssRules?: CSSRuleList;
        styleSheet?: CSSStyleSheet | null;
      };
      if (style) collect(style);
      if (cssRules && !readRules(cssRules)) return false;
      if (styleSheet && !readSheet(styleSheet)) return false;
    }
    return true;
  };
  for (const sheet of [...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])]) {
    if (!readSheet(sheet)) return undefined;
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[style]'))) collect(el.style);
  if (doc.querySelector('font[color]')) found.add('color');
  return found;
}

/** Whether the page sets any of `properties` (all of them count as set when the page could not be read). */
export function setsAny(census: Set<string> | undefined, properties: readonly string[]): boolean {
  return !census || properties.some((p) => census.has(p));
}
