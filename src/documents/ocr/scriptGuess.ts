import type { OcrScript } from './recogniser';

// Frequent characters written differently in the two scripts (们/們, 这/這…): their counts in a text say
// which script it is in. Characters the scripts share say nothing.
const SIMPLIFIED =
  '们这来会为国发说时个对学经过还点进开关问题实现应动党员业产长门书见义万与东两众体务头华单区县办农级统设议计认论质责资转运边达选际领导报场组织结给济协厅习变传况决划则创权条极构样温';
const TRADITIONAL =
  '們這來會為國發說時個對學經過還點進開關問題實現應動黨員業產長門書見義萬與東兩眾體務頭華單區縣辦農級統設議計認論質責資轉運邊達選際領導報場組織結給濟協廳習變傳況決劃則創權條極構樣溫';

const simplified = new Set(SIMPLIFIED);
const traditional = new Set(TRADITIONAL);

/**
 * Which model to read a page's images with: the page's language tag when it names a script or a region
 * (zh-TW, zh-Hant, zh-HK), else the script its own text (title, captions) is written in; Simplified when
 * nothing tells.
 */
export function guessScript(lang: string | undefined, text: string): OcrScript {
  if (lang && /^zh[-_](?:hant|tw|hk|mo)\b/i.test(lang)) return 'chi_tra';
  if (lang && /^zh[-_](?:hans|cn|sg)\b/i.test(lang)) return 'chi_sim';
  return scriptOf(text) ?? 'chi_sim';
}

/** The script a text is in, when it has characters that tell (undefined when it has none). */
export function scriptOf(text: string): OcrScript | undefined {
  let s = 0;
  let t = 0;
  for (const c of text) {
    if (simplified.has(c)) s++;
    else if (traditional.has(c)) t++;
  }
  if (s === t) return undefined;
  return t > s ? 'chi_tra' : 'chi_sim';
}
