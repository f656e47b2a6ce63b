import { render } from 'preact';
import { localize } from '../ui/i18n';
import { PopupApp } from './components/PopupApp';
import { createPopupState, type PopupDeps } from './popupState';

export type { PendingCapture, PopupDeps } from './popupState';

/** The popup: capture the tab, show what was kept and removed, save with tags, handle duplicates. */
export async function startPopup(deps: PopupDeps, root: HTMLElement = document.body): Promise<void> {
  localize();
  const state = createPopupState(deps);
  const mount = root.querySelector<HTMLElement>('#app') ?? root;
  render(<PopupApp state={state} />, mount);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && state.phase.value === 'ready') void state.save();
  });
  await state.start();
}
