import { render } from 'preact';
import type { ObservedLibrary } from '../../messaging/libraryEvents';
import { localize, t } from '../../ui/i18n';
import { loadPouch, startPageSync } from '../pageSync';
import { extensionSettings } from '../settings';
import { extensionStatus } from '../status';
import { OptionsApp } from './OptionsApp';
import { connectionTester, createOptionsState } from './optionsState';

/** The settings page: the form, and sync itself while the page is open (like any library page). */
export function startOptionsPage(library: ObservedLibrary, root: HTMLElement = document.body) {
  localize();
  document.title = t('sync.pageTitle');
  const state = createOptionsState({
    settings: extensionSettings(),
    status: extensionStatus(),
    // No await before this call: the browser grants only within the user's click.
    requestAccess: (origin) => browser.permissions.request({ origins: [origin] }),
    testConnection: connectionTester(loadPouch),
  });
  render(<OptionsApp state={state} />, root.querySelector<HTMLElement>('#app') ?? root);
  startPageSync(library);
  document.body.dataset.ready = 'true';
  return state;
}
