/** gaoku-20261125.json: sortable, one a day. */
export function exportFileName(ext: 'json' | 'md' | 'txt' | 'docx', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gaoku-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}.${ext}`;
}

/** Only web addresses become links in the reading view: a stored `javascript:` url stays text. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A speech title as a file name: no path or reserved characters, not too long. */
export function safeFileName(title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return clean || 'gaoku';
}
