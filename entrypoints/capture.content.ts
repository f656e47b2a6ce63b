import { captureLivePage } from '../src/capture/livePage';
import { pageOffers } from '../src/capture/pageOffers';
import { answerCapture } from '../src/messaging/capture';

// Injected only on the toolbar click (activeTab + scripting); never registered on every page.
export default defineContentScript({
  registration: 'runtime',
  main: () =>
    answerCapture(
      () => captureLivePage(document, window, location.href),
      (result) => pageOffers(document, result),
    ),
});
