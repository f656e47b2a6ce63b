import { parseHtml } from '../../scripts/parseHtml';

export { parseHtml };

/** A page around the given body HTML, as a site would serve it. */
export function page(bodyHtml: string, head = ''): Document {
  return parseHtml(
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${bodyHtml}</body></html>`,
  );
}
