import type { CaptureError } from '../messaging/protocol';

/** The largest file Gaoku reads: a 300-page PDF of text is a few MB; a scan of one is tens. */
export const MAX_FILE_MB = 80;

export type FileKind = 'pdf' | 'docx' | 'doc' | 'unknown';

export interface FetchedFile {
  bytes: Uint8Array;
  kind: FileKind;
}

/**
 * A document file's bytes, read by the extension page with the user's cookies for that site (an attachment
 * behind a login opens as it does in a tab). The kind comes from the bytes, not the name: %PDF, a zip holding
 * word/document.xml, or the old Word container.
 */
export async function fetchFile(url: string): Promise<FetchedFile | { error: CaptureError }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', redirect: 'follow' });
  } catch (e) {
    return {
      error: { code: 'document', problem: 'fetch', detail: e instanceof Error ? e.message : String(e) },
    };
  }
  if (!response.ok)
    return { error: { code: 'document', problem: 'fetch', detail: `HTTP ${response.status}` } };
  const limit = MAX_FILE_MB * 1024 * 1024;
  if (Number(response.headers.get('content-length') ?? 0) > limit) return tooLarge();
  const bytes = await readCapped(response, limit);
  if (!bytes) return tooLarge();
  return { bytes, kind: sniff(bytes) };
}

const tooLarge = () => ({
  error: { code: 'document' as const, problem: 'too-large' as const, detail: String(MAX_FILE_MB) },
});

/** The body, or undefined past `limit` bytes (a server that sends no length is held to it too). */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const starts = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** What the bytes are. A .docx is a zip with word/ entries (named in its local headers and its directory at the end). */
export function sniff(bytes: Uint8Array): FileKind {
  // %PDF may follow a little junk (some servers prepend a BOM or whitespace)
  for (let i = 0; i < Math.min(1024, bytes.length - 4); i++)
    if (starts(bytes, [0x25, 0x50, 0x44, 0x46], i)) return 'pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const latin = (from: number, to: number) => new TextDecoder('latin1').decode(bytes.subarray(from, to));
    const window = 64 * 1024;
    const named =
      latin(0, window).includes('word/') ||
      latin(Math.max(0, bytes.length - window), bytes.length).includes('word/');
    return named ? 'docx' : 'unknown';
  }
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  return 'unknown';
}
