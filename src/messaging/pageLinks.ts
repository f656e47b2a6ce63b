import type { ProtocolMap } from './protocol';

// The calls that open a page carry their request in the page's address, written and read only here.

type PopupRequest = ProtocolMap['openPopup']['request'];
type LibraryRequest = ProtocolMap['openLibrary']['request'];

/** `?tab=<id>`: the popup page opened in a window (or tab) of its own, aimed at that tab. */
export const popupSearch = ({ tabId }: PopupRequest): string => `?tab=${tabId}`;

export function readPopupRequest(search: string): PopupRequest | undefined {
  const tabId = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(tabId) && tabId > 0 ? { tabId } : undefined;
}

/** `#id=<speech>`: the library page opened on one speech. */
export const libraryHash = ({ speechId }: LibraryRequest): string =>
  speechId ? `#id=${encodeURIComponent(speechId)}` : '';

export function readLibraryRequest(hash: string): LibraryRequest {
  const id = /#id=([^&]+)/.exec(hash)?.[1];
  return id ? { speechId: decodeURIComponent(id) } : {};
}
