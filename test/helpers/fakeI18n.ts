// browser.i18n for the unit tests, from the same locales/*.yml the build turns into _locales: the locale
// follows navigator.language at each call (zh → zh_CN, anything else → en), as a test sets it.
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const LOCALES = join(import.meta.dirname, '../../locales');

export async function loadCatalogue(locale: 'zh_CN' | 'en'): Promise<Record<string, string>> {
  const messages = generateChromeMessages(await parseMessagesFile(join(LOCALES, `${locale}.yml`)));
  return Object.fromEntries(Object.entries(messages).map(([k, m]) => [k, m.message]));
}

const catalogues = { zh_CN: await loadCatalogue('zh_CN'), en: await loadCatalogue('en') };
const current = () =>
  (globalThis.navigator?.language ?? 'zh-CN').toLowerCase().startsWith('zh')
    ? catalogues.zh_CN
    : catalogues.en;

/** chrome.i18n.getMessage: $1…$9 replaced, $$ a dollar sign, '' for an unknown key. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const message = current()[key];
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

const g = globalThis as { chrome?: object; browser?: object };
g.chrome = {
  ...(g.chrome ?? {}),
  i18n: { getMessage, getUILanguage: () => globalThis.navigator?.language ?? 'zh-CN' },
};
