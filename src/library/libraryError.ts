export type LibraryErrorCode = 'quota' | 'not-found' | 'invalid' | 'storage';

/** A failure the UI can explain: the message is for the user, Chinese first. */
export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** Dexie wraps the browser's errors; a full disk may surface as the error itself or as its inner error. */
function isQuota(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 4; depth++) {
    const name = (x as { name?: string }).name ?? '';
    if (name === 'QuotaExceededError' || /quota/i.test(String((x as { message?: string }).message ?? '')))
      return true;
    x = (x as { inner?: unknown }).inner;
  }
  return false;
}

export function wrapStorageError(e: unknown): unknown {
  if (e instanceof LibraryError) return e;
  if (isQuota(e)) {
    return new LibraryError(
      'quota',
      '浏览器存储空间不足，这篇讲话没有保存。请清理回收站或导出后删除一些讲话，然后重试。',
    );
  }
  return e;
}
