import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { CaptureRecord } from '../../src/extract/types';
import type { CaptureError, CaptureOffers, CaptureReply, DocumentLink } from '../../src/messaging/protocol';
import { type DocumentDeps, documentActions } from '../../src/popup/documentActions';
import type { PopupPhase } from '../../src/popup/popupPhase';

// The popup's document actions with the browser's side replaced: which sites are asked for, when a file is
// read on its own, and what a refusal leaves on screen.
const PAGE = 'https://www.example.gov.cn/tzgg/1.html';
const tabPdf: DocumentLink = { url: 'https://www.example.gov.cn/a.pdf', name: 'a', kind: 'pdf', ext: 'pdf' };
const record = { title: '讲话', body: '正文' } as CaptureRecord;

function setUp(offers: CaptureOffers, granted = true) {
  const deps: DocumentDeps = {
    requestAccess: vi.fn(async () => granted),
    readFile: vi.fn(async (): Promise<CaptureReply> => record),
    recognise: vi.fn(async (): Promise<CaptureReply> => record),
  };
  const s = {
    deps,
    phase: signal<PopupPhase>('error'),
    status: signal(''),
    error: signal<CaptureError | undefined>(undefined),
    record: signal<CaptureRecord | undefined>(undefined),
    offers: signal(offers),
    progress: signal<{ text: string; share: number } | undefined>(undefined),
    alsoFrom: signal<CaptureRecord | undefined>(undefined),
    accept: vi.fn((reply: CaptureReply) => {
      if (!('error' in reply)) s.record.value = reply;
    }),
  };
  return { deps, s, actions: documentActions(s) };
}

describe('document actions', () => {
  it('read the tab’s PDF at once where the click’s grant covers its site, without asking', async () => {
    const { deps, s, actions } = setUp({ pageUrl: tabPdf.url, file: tabPdf });
    await actions.afterCapture();
    expect(deps.requestAccess).toHaveBeenCalledWith([tabPdf.url], tabPdf.url);
    expect(deps.readFile).toHaveBeenCalledOnce();
    expect(s.record.value).toBe(record);
  });

  it('wait for a click on a PDF the browser keeps from the grant, and then ask for its own site', async () => {
    const file = { ...tabPdf, askAccess: true };
    const { deps, actions } = setUp({ pageUrl: file.url, file });
    await actions.afterCapture();
    expect(deps.readFile).not.toHaveBeenCalled();
    await actions.readDocument(file);
    expect(deps.requestAccess).toHaveBeenCalledWith([file.url], undefined);
    expect(deps.readFile).toHaveBeenCalledOnce();
  });

  it('read nothing and say so when the site is refused', async () => {
    const attachment = { ...tabPdf, url: 'https://files.example.com/b.pdf' };
    const { deps, s, actions } = setUp({ pageUrl: PAGE, attachments: [attachment] }, false);
    await actions.readDocument(attachment);
    expect(deps.requestAccess).toHaveBeenCalledWith([attachment.url], PAGE);
    expect(deps.readFile).not.toHaveBeenCalled();
    expect(s.error.value).toEqual({ code: 'document', problem: 'denied' });
  });

  it('keep the notice page as a second source of an attachment’s speech', async () => {
    const attachment = { ...tabPdf, url: 'https://www.example.gov.cn/files/c.docx', kind: 'docx' as const };
    const { s, actions } = setUp({ pageUrl: PAGE, attachments: [attachment] });
    await actions.readDocument(attachment);
    expect(s.alsoFrom.value?.url).toBe(PAGE);
  });
});
