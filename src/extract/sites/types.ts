/**
 * A site module is data: where the speech sits on a known family of pages, and what on those pages is chrome
 * the generic rules would not know. The generic path does the rest (noise families, repair, structure). The
 * module's id is its file name and the prefix of the fixtures that show what it changes.
 */
export interface SiteModule {
  id: string;
  name: string;
  hosts: RegExp;
  /**
   * Candidates for the speech container, best first; the one holding the most prose wins. Each names a class
   * or an id (`.TRS_Editor`, `#js_content`, lists of them): only elements with attributes are tried.
   */
  content: string[];
  /** Elements that are the site's chrome wherever they sit (inside the text box too). */
  remove?: string[];
}
