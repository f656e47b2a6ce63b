import { browser } from 'wxt/browser';

/**
 * The address of a file the build copies from node_modules into the extension (pdf/, ocr/: see
 * `bundledFiles` in wxt.config.ts). They are not in public/, so WXT's typed paths do not list them.
 */
export const bundledFileUrl = (path: `/pdf${string}` | `/ocr${string}`): string =>
  (browser.runtime.getURL as (p: string) => string)(path);
