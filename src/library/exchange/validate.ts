import { speechFacts } from '../../facts/speechFacts';
import { cleanFacts } from '../factsField';
import type { Excerpt, ImportIssue, ImportProblem, Speech } from '../types';
import { jsonErrorAt } from './jsonErrorAt';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './jsonFile';
import { historyFrom, stampsFrom } from './validateStamps';

// Reading a file back: every field checked before anything is written (docs/library.md, "Export and import").

// Limits far above any real speech, far below what would hang the page or fill the disk.
export const LIMITS = {
  file: 512 * 1024 * 1024,
  title: 1_000,
  body: 2_000_000,
  notes: 200_000,
  tag: 64,
  tags: 200,
  sources: 200,
  url: 8_192,
  parts: 500,
  short: 1_000,
  speeches: 200_000,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Check {
  issues: ImportIssue[] = [];
  constructor(private index: number) {}
  fail(field: string, code: ImportProblem, ...params: (string | number)[]): undefined {
    this.issues.push({ index: this.index, field, code, params });
    return undefined;
  }
  str(o: Record<string, unknown>, k: string, max: number, optional = false): string | undefined {
    const v = o[k];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string') return this.fail(k, 'not-text');
    if (v.length > max) return this.fail(k, 'too-long', v.length, max);
    return v;
  }
  num(o: Record<string, unknown>, k: string, optional = false): number | undefined {
    const v = o[k];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      return this.fail(k, 'not-number');
    }
    return v;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when some object in `v` has a key that would reach a prototype if copied carelessly. */
function hasForbiddenKey(v: unknown, depth = 0): boolean {
  if (depth > 8 || typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.some((x) => hasForbiddenKey(x, depth + 1));
  for (const k of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(k) || hasForbiddenKey((v as Record<string, unknown>)[k], depth + 1)) return true;
  }
  return false;
}

/** Copies only known fields into fresh objects: nothing of the file's own shape reaches the library. */
function copyDetail(v: unknown): Record<string, string | number | boolean> | undefined {
  if (!isPlainObject(v)) return undefined;
  const out: Record<string, string | number | boolean> = Object.create(null);
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && x.length <= LIMITS.short) out[k] = x;
    else if (typeof x === 'number' && Number.isFinite(x)) out[k] = x;
    else if (typeof x === 'boolean') out[k] = x;
    else return undefined;
  }
  return { ...out };
}

/** One speech from a file, checked field by field; every problem is reported, in Chinese first. */
export function validateSpeech(
  raw: unknown,
  index: number,
  version = EXPORT_SCHEMA_VERSION,
): { speech?: Speech; issues: ImportIssue[] } {
  const c = new Check(index);
  if (!isPlainObject(raw)) {
    c.fail('', 'not-record');
    return { issues: c.issues };
  }
  if (hasForbiddenKey(raw)) {
    c.fail('', 'forbidden-key');
    return { issues: c.issues };
  }
  const id = c.str(raw, 'id', 100);
  const title = c.str(raw, 'title', LIMITS.title);
  const body = c.str(raw, 'body', LIMITS.body);
  const notes = c.str(raw, 'notes', LIMITS.notes, true) ?? '';
  const extractor = c.str(raw, 'extractor', 100, true) ?? 'import';
  const censored = c.num(raw, 'censored', true) ?? 0;
  const createdAt = c.num(raw, 'createdAt');
  const updatedAt = c.num(raw, 'updatedAt');
  if (typeof raw.truncated !== 'boolean') c.fail('truncated', 'not-boolean');

  const tags: string[] = [];
  if (!Array.isArray(raw.tags)) c.fail('tags', 'not-list');
  else if (raw.tags.length > LIMITS.tags) c.fail('tags', 'too-many', raw.tags.length, LIMITS.tags);
  else
    for (const t of raw.tags) {
      if (typeof t !== 'string' || !t.trim() || t.length > LIMITS.tag)
        c.fail('tags', 'bad-tag', String(t).slice(0, 20));
      else tags.push(t);
    }

  const parts: Speech['parts'] = [];
  if (!Array.isArray(raw.parts)) c.fail('parts', 'not-list');
  else if (raw.parts.length > LIMITS.parts) c.fail('parts', 'too-many', raw.parts.length, LIMITS.parts);
  else
    raw.parts.forEach((p, i) => {
      if (!isPlainObject(p) || typeof p.title !== 'string' || typeof p.body !== 'string') {
        c.fail(`parts[${i}]`, 'bad-part');
      } else if (p.title.length > LIMITS.title || p.body.length > LIMITS.body) {
        c.fail(`parts[${i}]`, 'too-long', p.title.length + p.body.length, LIMITS.body);
      } else parts.push({ title: p.title, body: p.body });
    });

  const sources: Speech['sources'] = [];
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) c.fail('sources', 'no-sources');
  else if (raw.sources.length > LIMITS.sources)
    c.fail('sources', 'too-many', raw.sources.length, LIMITS.sources);
  else
    raw.sources.forEach((s, i) => {
      const sc = new Check(index);
      if (!isPlainObject(s)) {
        c.fail(`sources[${i}]`, 'bad-entry');
        return;
      }
      const url = sc.str(s, 'url', LIMITS.url);
      const normalizedUrl = sc.str(s, 'normalizedUrl', LIMITS.url);
      const site = sc.str(s, 'site', LIMITS.short);
      const capturedAt = sc.num(s, 'capturedAt');
      for (const is of sc.issues) c.fail(`sources[${i}].${is.field}`, is.code, ...is.params);
      if (
        url !== undefined &&
        normalizedUrl !== undefined &&
        site !== undefined &&
        capturedAt !== undefined
      ) {
        sources.push({ url, normalizedUrl, site, capturedAt });
      }
    });

  const truncation: Speech['truncation'] = [];
  if (!Array.isArray(raw.truncation)) c.fail('truncation', 'not-list');
  else
    raw.truncation.forEach((t, i) => {
      const d = copyDetail(t);
      if (!d || typeof d.kind !== 'string') c.fail(`truncation[${i}]`, 'bad-entry');
      else truncation.push(d as unknown as Speech['truncation'][number]);
    });

  let meta: Speech['meta'] = { keywords: [] };
  if (!isPlainObject(raw.meta)) c.fail('meta', 'bad-entry');
  else {
    const { keywords, ...rest } = raw.meta;
    const kws = Array.isArray(keywords) ? keywords : [];
    const d = copyDetail(rest);
    if (!d || kws.some((k) => typeof k !== 'string' || k.length > LIMITS.tag) || kws.length > LIMITS.tags) {
      c.fail('meta', 'bad-entry');
    } else meta = { ...(d as Omit<Speech['meta'], 'keywords'>), keywords: kws as string[] };
  }

  let facts: Speech['facts'] | undefined;
  if (version >= 2 && raw.facts !== undefined) {
    const cleaned = cleanFacts(raw.facts);
    const given = isPlainObject(raw.facts)
      ? Object.entries(raw.facts)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k)
      : ['?'];
    if (given.some((k) => !(k in cleaned))) {
      c.fail('facts', 'bad-facts');
    }
    facts = cleaned;
  }

  // version 4: when and how each field last changed, and the values it had before
  const stamps = version >= 4 && raw.stamps !== undefined ? stampsFrom(raw.stamps) : undefined;
  if (version >= 4 && raw.stamps !== undefined && !stamps) c.fail('stamps', 'bad-entry');
  const history = version >= 4 && raw.history !== undefined ? historyFrom(raw.history) : undefined;
  if (version >= 4 && raw.history !== undefined && !history) c.fail('history', 'bad-entry');

  if (c.issues.length > 0) return { issues: c.issues };
  return {
    speech: {
      ...(stamps && Object.keys(stamps).length > 0 ? { stamps } : {}),
      ...(history?.length ? { history } : {}),
      facts: facts ?? speechFacts(title as string, body as string),
      id: id as string,
      title: title as string,
      body: body as string,
      parts,
      truncated: raw.truncated as boolean,
      truncation,
      meta,
      censored,
      extractor,
      tags,
      notes,
      sources,
      createdAt: createdAt as number,
      updatedAt: updatedAt as number,
    },
    issues: [],
  };
}

/**
 * Where the file stops being JSON, as a person finds it in an editor: line and column (1-based), or the file's end
 * when it stops short (a download cut off).
 */
function parseProblem(text: string): ImportIssue {
  const at = jsonErrorAt(text);
  if (at >= text.trimEnd().length) return { index: -1, code: 'json-ends-early', params: [text.length] };
  const before = text.slice(0, at);
  const line = (before.match(/\n/g) ?? []).length + 1;
  const column = at - before.lastIndexOf('\n');
  return { index: -1, code: 'bad-json', params: [line, column] };
}

/** Parses and checks a whole file; any problem refuses the file, with every problem listed. */
export function parseExportFile(text: string): {
  speeches: Speech[];
  excerpts: Excerpt[];
  issues: ImportIssue[];
} {
  const whole = (code: ImportProblem, ...params: (string | number)[]) => ({
    speeches: [],
    excerpts: [],
    issues: [{ index: -1, code, params }],
  });
  if (text.length > LIMITS.file) return whole('file-too-large', Math.round(LIMITS.file / 1024 / 1024));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { speeches: [], excerpts: [], issues: [parseProblem(text)] };
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT) {
    return whole('not-gaoku');
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return whole('bad-version');
  }
  if (version > EXPORT_SCHEMA_VERSION) {
    return whole('newer-version', version, EXPORT_SCHEMA_VERSION);
  }
  if (!Array.isArray(data.speeches)) return whole('no-speeches');
  if (data.speeches.length > LIMITS.speeches) return whole('too-many', data.speeches.length, LIMITS.speeches);
  const speeches: Speech[] = [];
  const issues: ImportIssue[] = [];
  const ids = new Set<string>();
  data.speeches.forEach((raw, i) => {
    const r = validateSpeech(raw, i, version);
    issues.push(...r.issues);
    if (r.speech) {
      if (ids.has(r.speech.id))
        issues.push({ index: i, field: 'id', code: 'duplicate-id', params: [r.speech.id] });
      ids.add(r.speech.id);
      speeches.push(r.speech);
    }
  });
  const excerpts: Excerpt[] = [];
  if (data.excerpts !== undefined) {
    if (!Array.isArray(data.excerpts))
      return {
        speeches: [],
        excerpts: [],
        issues: [{ index: -1, field: 'excerpts', code: 'not-list', params: [] }],
      };
    data.excerpts.forEach((raw, i) => {
      const r = validateExcerpt(raw, i);
      if (r.excerpt) excerpts.push(r.excerpt);
      else issues.push(...r.issues);
    });
  }
  return { speeches, excerpts, issues };
}

/** An excerpt from a file; its issues carry the field as excerpts[i].field. */
function validateExcerpt(raw: unknown, index: number): { excerpt?: Excerpt; issues: ImportIssue[] } {
  const c = new Check(-1);
  const fail = () => ({
    issues: c.issues.map((x) => ({ ...x, field: `excerpts[${index}]${x.field ? `.${x.field}` : ''}` })),
  });
  if (!isPlainObject(raw) || hasForbiddenKey(raw)) {
    c.fail('', 'bad-entry');
    return fail();
  }
  const excerpt = {
    id: c.str(raw, 'id', 100),
    speechId: c.str(raw, 'speechId', 100),
    speechTitle: c.str(raw, 'speechTitle', LIMITS.title),
    url: c.str(raw, 'url', LIMITS.url),
    site: c.str(raw, 'site', LIMITS.short),
    text: c.str(raw, 'text', 20_000),
    note: c.str(raw, 'note', LIMITS.notes),
    createdAt: c.num(raw, 'createdAt'),
  };
  if (c.issues.length > 0) return fail();
  return { excerpt: excerpt as Excerpt, issues: [] };
}
