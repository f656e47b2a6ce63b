import type { createWorker as CreateWorker, Worker as TesseractWorker } from 'tesseract.js';
import type { OcrLine, OcrPage } from './ocrPage';

/** Which trained model reads the images: Simplified or Traditional (one at a time: tesseract.js cannot load both). */
export type OcrScript = 'chi_sim' | 'chi_tra';

/** Where the recogniser's parts are: the extension's own files, or node_modules in the tests. */
export interface RecogniserPaths {
  workerPath?: string;
  corePath?: string;
  /** A folder holding <lang>.traineddata.gz. */
  langPath: (script: OcrScript) => string;
}

export interface Recogniser {
  /** Reads one image; `onProgress` hears the share of it done (0–1). */
  read(
    image: Blob | ArrayBuffer | Uint8Array,
    size: { width: number; height: number },
    onProgress?: (share: number) => void,
  ): Promise<OcrPage>;
  close(): Promise<void>;
}

/**
 * A tesseract.js worker (its own thread: the page stays responsive) for one script, with the LSTM model only.
 * No blob worker (the extension's CSP refuses one), no cache in IndexedDB (the models ship with the extension).
 */
export async function openRecogniser(
  createWorker: typeof CreateWorker,
  script: OcrScript,
  paths: RecogniserPaths,
): Promise<Recogniser> {
  let progress: ((share: number) => void) | undefined;
  const worker: TesseractWorker = await createWorker(script, 1, {
    ...(paths.workerPath ? { workerPath: paths.workerPath } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
    langPath: paths.langPath(script),
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
    logger: (m) => {
      if (m.status === 'recognizing text') progress?.(m.progress);
    },
  });
  return {
    async read(image, size, onProgress) {
      progress = onProgress;
      try {
        const input = image instanceof Blob ? image : toBuffer(image);
        const { data } = await worker.recognize(input as never, {}, { blocks: true, text: false });
        const lines: OcrLine[] = [];
        for (const block of data.blocks ?? [])
          for (const paragraph of block.paragraphs)
            for (const line of paragraph.lines) lines.push({ text: line.text, bbox: line.bbox });
        return { width: size.width, height: size.height, lines };
      } finally {
        progress = undefined;
      }
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Node's tesseract.js reads a Buffer; a browser's a Blob. */
function toBuffer(bytes: ArrayBuffer | Uint8Array): unknown {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const B = (globalThis as { Buffer?: { from(v: Uint8Array): unknown } }).Buffer;
  return B ? B.from(view) : new Blob([view as BlobPart]);
}
