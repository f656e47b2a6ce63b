import type { RemovalReason } from '../extract/types';
import type { Genre, Level } from '../facts/speechFacts';
import { LibraryError } from '../library/libraryError';
import type { ImportIssue, ImportProblem } from '../library/types';
import type { CaptureError, RestrictedPage } from '../messaging/protocol';
import { type PlainKey, t } from './i18n';

// The codes that other layers speak in (the engine's removal reasons and refusals, the library's errors,
// the stored genre and level values) said in the UI language, through the catalogue.

const REMOVAL: Record<RemovalReason, PlainKey> = {
  'download-prompt': 'removal.downloadPrompt',
  'doc-info': 'removal.docInfo',
  'paywall-notice': 'removal.paywallNotice',
  'qa-chrome': 'removal.qaChrome',
  outline: 'removal.outline',
  'related-list': 'removal.relatedList',
  footer: 'removal.footer',
  watermark: 'removal.watermark',
  'page-marker': 'removal.pageMarker',
  'duplicate-title': 'removal.duplicateTitle',
  navigation: 'removal.navigation',
  comments: 'removal.comments',
  'other-answer': 'removal.otherAnswer',
  byline: 'removal.byline',
  'site-notice': 'removal.siteNotice',
  keywords: 'removal.keywords',
  caption: 'removal.caption',
  'hidden-text': 'removal.hiddenText',
  debris: 'removal.debris',
};

/** Why a block was taken out, as the popup says it. */
export const removalLabel = (reason: RemovalReason): string =>
  REMOVAL[reason] ? t(REMOVAL[reason]) : reason;

const GENRE: Record<Genre, PlainKey> = {
  讲话: 'genre.jianghua',
  致辞: 'genre.zhici',
  报告: 'genre.baogao',
  党课: 'genre.dangke',
  发言: 'genre.fayan',
  汇报: 'genre.huibao',
};
const LEVEL: Record<Level, PlainKey> = {
  省: 'level.sheng',
  市: 'level.shi',
  县: 'level.xian',
  区: 'level.qu',
  乡镇: 'level.xiangzhen',
};

/** A stored genre (讲话, 致辞…) in the UI language. */
export const genreLabel = (g: Genre): string => t(GENRE[g]);
/** A stored level (省, 市…) in the UI language: 市级, City level. */
export const levelLabel = (l: Level): string => t(LEVEL[l]);

const RESTRICTED: Record<RestrictedPage, PlainKey> = {
  'browser-page': 'capture.restrictedBrowserPage',
  store: 'capture.restrictedStore',
  file: 'capture.restrictedFile',
  'bad-url': 'capture.restrictedBadUrl',
};

/** Why there is no capture, for the user: what the page is, and what to do. */
export function captureErrorText(error: CaptureError): string {
  switch (error.code) {
    case 'list-page':
      return t('errListPage');
    case 'image-only':
      return t('errImageOnly');
    case 'no-text':
      return t('errNoText');
    case 'too-short':
      return t('errTooShort');
    case 'restricted':
      return t(RESTRICTED[error.page]);
    case 'no-access':
      return t('capture.noAccess', error.detail);
    case 'no-tab':
      return t('capture.noTab');
    case 'failed':
      return t('capture.failed', error.detail);
    case 'document':
      return documentProblemText(error);
    case 'ocr-failed':
      return t('capture.ocrFailed', error.detail);
    case 'pdf-viewer':
      return t('capture.pdfViewer');
  }
}

function documentProblemText(error: Extract<CaptureError, { code: 'document' }>): string {
  switch (error.problem) {
    case 'fetch':
      return t('capture.documentFetch', error.detail ?? '');
    case 'denied':
      return t('capture.documentDenied');
    case 'too-large':
      return t('capture.documentTooLarge', error.detail ?? '');
    case 'format':
      return t('capture.documentFormat', error.ext ?? '');
    case 'password':
      return t('capture.documentPassword');
    case 'damaged':
      return t('capture.documentDamaged', error.detail ?? '');
  }
}

/** Why a library call failed, in the UI language: a LibraryError by its code, anything else by its words. */
export function libraryErrorText(e: unknown): string {
  if (e instanceof LibraryError) {
    switch (e.code) {
      case 'quota':
        return t('libraryError.quota');
      case 'not-found':
        return t('libraryError.notFound');
      case 'invalid':
        return t('libraryError.invalid');
      case 'storage':
        return t('libraryError.storage');
    }
  }
  return t('libraryError.other', e instanceof Error ? e.message : String(e));
}

const IMPORT_KEYS: Record<ImportProblem, PlainKey> = {
  'not-text': 'importIssue.notText',
  'too-long': 'importIssue.tooLong',
  'not-number': 'importIssue.notNumber',
  'not-boolean': 'importIssue.notBoolean',
  'not-list': 'importIssue.notList',
  'too-many': 'importIssue.tooMany',
  'not-record': 'importIssue.notRecord',
  'forbidden-key': 'importIssue.forbiddenKey',
  'bad-tag': 'importIssue.badTag',
  'bad-part': 'importIssue.badPart',
  'no-sources': 'importIssue.noSources',
  'bad-entry': 'importIssue.badEntry',
  'bad-facts': 'importIssue.badFacts',
  'duplicate-id': 'importIssue.duplicateId',
  'file-too-large': 'importIssue.fileTooLarge',
  'bad-json': 'importIssue.badJson',
  'json-ends-early': 'importIssue.jsonEndsEarly',
  'not-gaoku': 'importIssue.notGaoku',
  'bad-version': 'importIssue.badVersion',
  'newer-version': 'importIssue.newerVersion',
  'no-speeches': 'importIssue.noSpeeches',
};

/** One problem of a refused import, in the UI's language: `field: what is wrong`, or the file's whole problem. */
export function importIssueText(issue: ImportIssue): string {
  const what = t(IMPORT_KEYS[issue.code], ...issue.params);
  return issue.field ? `${issue.field}: ${what}` : what;
}
