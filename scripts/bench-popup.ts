/**
 * The popup's preview time as a user meets it: on each page, the toolbar click, then the popup opening and
 * showing the cleaned preview. The popup sets a performance mark once the preview is on screen; its time
 * from the popup's navigation start is the time from the click. Median of 5 runs per page after a warm-up;
 * ends with `popup preview: median X ms over N pages, slowest page Y ms`.
 *   npm run build && npm run -s bench:popup
 */
import { launchExtensionBrowser } from '../test/e2e/harness/extensionBrowser';
import { startFixtureServer } from '../test/e2e/harness/fixtureServer';

const PAGES = [
  'seed-002-xinwenmi-paywall',
  'seed-004-xiexiebang-compilation',
  'real-sxyz-leaders-duty-reports-compilation',
  'real-sxyz-staff-congress-work-report',
  'real-zhidao-quake-warning-four-answers',
  'real-thepaper-guangzhou-gov-cruise-port-post',
];
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
const medians: number[] = [];
try {
  for (const name of PAGES) {
    const page = await browser.openPage(server.url(`corpus/${name}/page.html`));
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const popup = await browser.openPopup(await browser.clickAction(page));
      // the mark is set just after the preview renders
      const mark = await popup.waitForFunction(
        () => performance.getEntriesByName('gaoku:preview')[0]?.startTime,
      );
      const ms = (await mark.jsonValue()) as number;
      if (run > 0) times.push(ms);
      await popup.close();
    }
    await page.close();
    medians.push(median(times));
    console.log(
      `${name.padEnd(48)} ${median(times).toFixed(0)} ms  (runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `popup preview: median ${median(medians).toFixed(0)} ms over ${medians.length} pages, slowest page ${Math.max(...medians).toFixed(0)} ms`,
);
