import { describe, expect, it } from 'vitest';
import { hostilePages } from '../../scripts/hostile/pages';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { parseHtml } from '../helpers/parse';

// Hostile input gives a capture or a clear refusal, never a crash or a hang (their times: npm run -s
// bench:hostile). The same pages go through the toolbar click in test/e2e/hostile.e2e.ts.
describe('hostile pages', () => {
  for (const page of hostilePages()) {
    it(page.name, { timeout: 60_000 }, () => {
      const result = extractSpeech(parseHtml(page.html), 'https://www.example.gov.cn/art/1.html');
      if (!page.expect.capture) {
        expect(isCaptureError(result) && result.error.code).toBe('no-text');
        return;
      }
      if (isCaptureError(result)) throw new Error(`refused: ${result.error.code}`);
      expect(result.body).toContain(page.expect.contains);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: none may reach the capture.
      expect(result.body).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    });
  }
});
