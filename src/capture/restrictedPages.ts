// Pages where Chromium and Firefox refuse every extension script, so asking would only fail later.
const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript):/i;
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
]);

/** A Chinese message when no extension may read `url`, else undefined. */
export function restrictedPageMessage(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (RESTRICTED_SCHEMES.test(url))
    return '这是浏览器自己的页面，扩展无法读取。请在讲话稿所在的网页上使用稿库。';
  try {
    const u = new URL(url);
    if (STORE_HOSTS.has(u.hostname)) return '浏览器不允许扩展读取扩展商店页面。';
    if (u.protocol === 'file:') return '本地文件需要在扩展设置中开启“允许访问文件网址”后才能采集。';
  } catch {
    return '无法识别这个页面的地址。';
  }
  return undefined;
}
