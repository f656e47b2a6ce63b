import type { RestrictedPage } from '../messaging/protocol';

// Pages where Chromium and Firefox refuse every extension script, so asking would only fail later.
const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript):/i;
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
]);

/** What kind of page no extension may read `url` is, else undefined (the popup says it in the UI language). */
export function restrictedPage(url: string | undefined): RestrictedPage | undefined {
  if (!url) return undefined;
  if (RESTRICTED_SCHEMES.test(url)) return 'browser-page';
  try {
    const u = new URL(url);
    if (STORE_HOSTS.has(u.hostname)) return 'store';
    if (u.protocol === 'file:') return 'file';
  } catch {
    return 'bad-url';
  }
  return undefined;
}
