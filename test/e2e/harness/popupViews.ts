// The toolbar popup is a panel of the browser window: no test driver can attach to it (Playwright lists no page
// for it, WebDriver BiDi no browsing context). An extension tab can: extension.getViews() returns the windows of
// the add-on's own pages, the popup among them. These helpers run in such a tab, in Chromium and Firefox alike.

/** Where the popup page is shown: the toolbar panel, or a window of its own (the context-menu fallback). */
export type PopupPlace = 'toolbar' | 'window';

/** What a popup shows, read from its document. */
export interface PopupSnapshot {
  href: string;
  state: string | undefined;
  /** The title field's value. */
  title: string;
  /** The preview's paragraphs, one a line. */
  preview: string;
  /** `data-code` of the error line, when the popup shows one, and what it says. */
  errorCode: string | undefined;
  errorText: string | undefined;
  truncationWarning: boolean;
  /** Checkboxes offered for the parts of a compilation. */
  parts: number;
}

export type PopupAction = { place: PopupPlace } & ({ read: true } | { click: string } | { close: true });
export type PopupActionResult = PopupSnapshot | 'done' | 'no popup' | 'no such element';

interface ExtensionNamespace {
  extension: { getViews(o: { type: 'popup' | 'tab' }): Window[] };
}

/**
 * Runs in an extension tab (passed to page.evaluate, so it is self-contained): finds the popup page shown in
 * `place`, then reads it, clicks an element in it (a DOM click: no driver's input reaches the panel) or closes it.
 */
export function inPopupView(action: PopupAction): PopupActionResult {
  const g = globalThis as unknown as { browser?: ExtensionNamespace; chrome?: ExtensionNamespace };
  const ns = g.browser?.extension ? g.browser : g.chrome;
  if (!ns) throw new Error('Not an extension page');
  const view =
    action.place === 'toolbar'
      ? ns.extension.getViews({ type: 'popup' })[0]
      : ns.extension.getViews({ type: 'tab' }).find((w) => w.location.pathname === '/popup.html');
  if (!view) return 'no popup';
  const doc = view.document;
  if ('close' in action) {
    view.close();
    return 'done';
  }
  if ('click' in action) {
    const el = doc.querySelector<HTMLElement>(action.click);
    if (!el) return 'no such element';
    el.click();
    return 'done';
  }
  const warning = doc.querySelector<HTMLElement>('#truncation-warning');
  return {
    href: view.location.href,
    state: doc.body?.dataset.state,
    title: doc.querySelector<HTMLInputElement>('#title')?.value ?? '',
    preview: [...doc.querySelectorAll('#preview p')].map((p) => p.textContent).join('\n'),
    errorCode: doc.querySelector<HTMLElement>('#capture-error:not([hidden])')?.dataset.code,
    errorText: doc.querySelector<HTMLElement>('#capture-error:not([hidden])')?.textContent ?? undefined,
    truncationWarning: warning !== null && !warning.hidden,
    parts: doc.querySelectorAll('#parts input[type="checkbox"]').length,
  };
}

/** Reads and clicks the popup through `run`, which evaluates inPopupView in an extension tab. */
export interface PopupViews {
  /** Waits until a popup is shown in `place` in one of `states`; returns what it shows. */
  waitFor(place: PopupPlace, states: readonly string[]): Promise<PopupSnapshot>;
  /** Whether a popup is shown in `place` now. */
  isOpen(place: PopupPlace): Promise<boolean>;
  click(place: PopupPlace, selector: string): Promise<void>;
  close(place: PopupPlace): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every 100 ms until it gives a value. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

export function popupViews(run: (action: PopupAction) => Promise<PopupActionResult>): PopupViews {
  const isOpen = async (place: PopupPlace) => (await run({ place, read: true })) !== 'no popup';
  return {
    waitFor: (place, states) =>
      until(`a ${place} popup in state ${states.join('/')}`, async () => {
        const shown = await run({ place, read: true });
        return typeof shown === 'object' && states.includes(shown.state ?? '') ? shown : undefined;
      }),
    isOpen,
    async click(place, selector) {
      const r = await run({ place, click: selector });
      if (r !== 'done') throw new Error(`Click ${selector} in the ${place} popup: ${r}`);
    },
    async close(place) {
      await run({ place, close: true });
      await until(`the ${place} popup to close`, async () => ((await isOpen(place)) ? undefined : true));
    },
  };
}
