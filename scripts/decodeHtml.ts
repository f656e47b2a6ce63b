/**
 * A saved page's bytes as text, as a browser would read them: a byte-order mark first; then UTF-8 when the
 * bytes are valid UTF-8 (a page converted from GBK often keeps its old `<meta charset=gbk>`, and following
 * that tag would garble it); else the charset the page declares in its first 1,024 bytes; else GB18030, the
 * superset of GBK and GB2312 that older Chinese government and 范文 pages are saved in.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own declaration, or the Chinese default.
  }
  const label = declaredCharset(bytes);
  for (const candidate of [label, 'gb18030']) {
    if (!candidate) continue;
    try {
      const decoder = new TextDecoder(candidate);
      // A page that declares UTF-8 but is not: the Chinese default instead.
      if (decoder.encoding !== 'utf-8') return decoder.decode(bytes);
    } catch {
      // A label TextDecoder does not know: try the next.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` names near the top. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** How far a browser looks for the declaration before it parses (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;
