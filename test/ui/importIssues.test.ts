// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../src/library/types';
import { importIssueText } from '../../src/ui/labels';

// A refused import is said in the UI's language alone, naming the field and where the file goes wrong.
const setLanguage = (language: string) =>
  Object.defineProperty(navigator, 'language', { value: language, configurable: true });
afterEach(() => setLanguage('zh-CN'));

const issues: ImportIssue[] = [
  { index: -1, code: 'bad-json', params: [3, 12] },
  { index: 1, field: 'title', code: 'not-text', params: [] },
  { index: 0, field: 'body', code: 'too-long', params: [2_500_000, 2_000_000] },
  { index: -1, code: 'newer-version', params: [9, 3] },
];
const HAN = /\p{Script=Han}/u;

describe('a refused import', () => {
  it('is said in English with no Chinese in it', () => {
    setLanguage('en-US');
    const lines = issues.map(importIssueText);
    expect(lines[0]).toBe('The file is not valid JSON: there is an error at line 3, column 12.');
    expect(lines[1]).toBe('title: must be text');
    expect(lines[2]).toBe('body: too long: 2,500,000 characters, at most 2,000,000');
    for (const line of lines) expect(line).not.toMatch(HAN);
  });

  it('is said in Chinese with no English words but the file’s own field names', () => {
    setLanguage('zh-CN');
    const lines = issues.map(importIssueText);
    expect(lines[0]).toBe('文件不是有效的 JSON：第 3 行第 12 列有错。');
    expect(lines[1]).toBe('title: 应为文字');
    expect(lines[3]).toContain('格式版本 9，本版只认到 3');
    for (const line of lines)
      expect(line.replace(/^[a-z]+: /, '').replace('JSON', '')).not.toMatch(/[a-z]{3,}/i);
  });
});
