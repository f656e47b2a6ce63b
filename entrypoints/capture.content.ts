import { extractSpeech } from '../src/extract';

// Injected only on the toolbar click (activeTab + scripting); never registered on every page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    try {
      return extractSpeech(document, location.href);
    } catch (e) {
      return { failed: e instanceof Error ? e.message : String(e) };
    }
  },
});
