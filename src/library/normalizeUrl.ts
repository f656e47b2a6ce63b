// Share links carry who shared them and where from; the page is the same page.
const TRACKING =
  /^(utm_\w+|spm|from|fromid|share\w*|sharer?|scene|srcid|ref|ref_src|fbclid|gclid|msclkid|wxfrom|isappinstalled|clicktime|enterid|sessionid|timestamp|chksm|mpshare|vd_source|bd_vid|_t|t)$/i;
// WeChat article identity lives in these; everything else on mp.weixin.qq.com is session noise.
const WECHAT_KEYS = new Set(['__biz', 'mid', 'idx', 'sn']);

/** The url a duplicate check compares: no tracking parameters, no fragment, host lower-cased, params sorted. */
export function normalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  u.hash = '';
  const wechat = u.hostname === 'mp.weixin.qq.com' && u.pathname === '/s' && u.searchParams.has('__biz');
  const kept = [...u.searchParams].filter(([k]) => (wechat ? WECHAT_KEYS.has(k) : !TRACKING.test(k)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  let out = u.toString();
  if (u.pathname !== '/' && out.endsWith('/') && !u.search) out = out.slice(0, -1);
  return out;
}
