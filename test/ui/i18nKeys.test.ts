import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRING_TABLES } from '../../src/ui/strings';

// Every label a page asks for by data-i18n must exist in both languages, and say something.
const PAGES = ['entrypoints/popup/index.html', 'entrypoints/library/index.html'];

describe.each(PAGES)('%s', (page) => {
  const html = readFileSync(join(import.meta.dirname, '../..', page), 'utf8');
  const keys = [...html.matchAll(/data-i18n(?:-placeholder)?="([^"]+)"/g)].map((m) => m[1] as string);

  it('names labels', () => {
    expect(keys.length).toBeGreaterThan(5);
  });

  it.each(Object.keys(STRING_TABLES))('has every label in %s', (lang) => {
    const table = STRING_TABLES[lang as keyof typeof STRING_TABLES] as Record<string, string>;
    expect(keys.filter((k) => !table[k]?.trim())).toEqual([]);
  });
});
