import type { OcrPage } from '../documents/ocr/ocrPage';
import { type OcrScript, openRecogniser, type Recogniser } from '../documents/ocr/recogniser';
import { scriptOf } from '../documents/ocr/scriptGuess';
import { bundledFileUrl } from './bundledFiles';

// The recogniser in an extension page: tesseract.js is this lazily loaded chunk, its worker, core and models
// are the extension's own files (ocr/), so recognition works offline and nothing is fetched from elsewhere.

/** Page images narrower than this are enlarged for the recogniser (×2 at most): 18 px type reads better at 27. */
const TARGET_WIDTH = 1500;

export interface RecogniseProgress {
  /** 1-based page being read, of `pages`. */
  page: number;
  pages: number;
  /** Share of this page done, 0–1. */
  share: number;
}

/** An image ready for the recogniser: white behind it, enlarged when small, as PNG. */
export async function prepareImage(source: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  const bitmap = await createImageBitmap(source);
  const scale = Math.min(2, Math.max(1, TARGET_WIDTH / bitmap.width));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), width, height };
}

async function open(script: OcrScript): Promise<Recogniser> {
  const { createWorker } = await import('tesseract.js');
  return openRecogniser(createWorker, script, {
    workerPath: bundledFileUrl('/ocr/worker.min.js'),
    corePath: bundledFileUrl('/ocr/tesseract-core-simd-lstm.js'),
    langPath: () => bundledFileUrl('/ocr'),
  });
}

/**
 * Reads the images in order, one recogniser thread, telling progress per page. When the first page read in
 * the guessed script comes out in the other one (a Traditional scan on a page that did not say so), the
 * reading starts again in that script.
 */
export async function recogniseImages(
  images: (() => Promise<Blob>)[],
  guessed: OcrScript,
  onProgress: (p: RecogniseProgress) => void,
): Promise<OcrPage[]> {
  let script = guessed;
  for (let attempt = 0; attempt < 2; attempt++) {
    const recogniser = await open(script);
    let otherScript = false;
    try {
      const pages: OcrPage[] = [];
      for (const [i, load] of images.entries()) {
        onProgress({ page: i + 1, pages: images.length, share: 0 });
        const image = await prepareImage(await load());
        pages.push(
          await recogniser.read(image.blob, image, (share) =>
            onProgress({ page: i + 1, pages: images.length, share }),
          ),
        );
        if (i === 0 && attempt === 0) {
          const read = scriptOf(pages[0]?.lines.map((l) => l.text).join('') ?? '');
          otherScript = read !== undefined && read !== script;
          if (otherScript) break;
        }
      }
      if (!otherScript) return pages;
      script = script === 'chi_sim' ? 'chi_tra' : 'chi_sim';
    } finally {
      await recogniser.close();
    }
  }
  throw new Error('the page images could not be read in either script');
}
