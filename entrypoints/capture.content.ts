import { extractSpeech } from '../src/extract';
import { computedVisibility } from '../src/extract/dom/visibility';

// Injected only on the toolbar click (activeTab + scripting); never registered on every page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    try {
      return extractSpeech(document, location.href, { isHidden: computedVisibility(window) });
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  },
});
