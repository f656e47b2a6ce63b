import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// The one catalogue: every key in both locales, with the same substitutions and plural forms, saying something.
const LOCALES = join(import.meta.dirname, '../../locales');
const byKey = (messages: ParsedMessage[]) =>
  new Map(messages.filter((m) => !m.key[0]?.startsWith('@@')).map((m) => [m.key.join('.'), m]));
const zh = byKey(await parseMessagesFile(join(LOCALES, 'zh_CN.yml')));
const en = byKey(await parseMessagesFile(join(LOCALES, 'en.yml')));
const text = (m: ParsedMessage) =>
  m.type === 'plural' ? Object.values(m.plurals) : [m.type === 'simple' ? m.message : m.message];

describe('the string catalogue', () => {
  it('has every key in both locales', () => {
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect(zh.size).toBeGreaterThan(150);
  });

  it.each([...zh.keys()])('%s says something in both, with the same substitutions and plural kind', (key) => {
    const [a, b] = [zh.get(key), en.get(key)] as ParsedMessage[];
    expect(b).toBeDefined();
    if (!a || !b) return;
    expect(b.type).toBe(a.type);
    expect(b.substitutions).toBe(a.substitutions);
    for (const m of [...text(a), ...text(b)]) expect(m.trim()).not.toBe('');
  });

  it('keeps Chinese out of the English catalogue, but for the brand name', () => {
    const chinese = [...en.entries()]
      .filter(([k, m]) => k !== 'extName' && text(m).some((s) => /[\u3400-\u9fff]/.test(s)))
      .map(([k]) => k);
    expect(chinese).toEqual([]);
  });
});

// Every label a page's markup asks for by data-i18n exists in the catalogue.
describe.each(['entrypoints/popup/index.html', 'entrypoints/library/index.html'])('%s', (page) => {
  const html = readFileSync(join(import.meta.dirname, '../..', page), 'utf8');
  const keys = [...html.matchAll(/data-i18n(?:-placeholder|-label)?="([^"]+)"/g)].map((m) => m[1] as string);
  it('names only labels the catalogue has', () => {
    expect(keys.filter((k) => !zh.has(k) || !en.has(k))).toEqual([]);
  });
});
