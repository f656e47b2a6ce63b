import { captureLivePage } from '../src/capture/livePage';

// Injected only on the toolbar click (activeTab + scripting); never registered on every page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    try {
      return captureLivePage(document, window, location.href);
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  },
});
