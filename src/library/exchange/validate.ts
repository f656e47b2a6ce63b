import { speechFacts } from '../../facts/speechFacts';
import { cleanFacts } from '../factsField';
import type { Excerpt, ImportIssue, Speech } from '../types';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './jsonFile';

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
  fail(field: string, message: string): undefined {
    this.issues.push({ index: this.index, field, message });
    return undefined;
  }
  str(
    o: Record<string, unknown>,
    k: string,
    max: number,
    label: string,
    optional = false,
  ): string | undefined {
    const v = o[k];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string') return this.fail(k, `${label}应为文字（${k} must be a string）`);
    if (v.length > max)
      return this.fail(k, `${label}过长：${v.length} 字，上限 ${max} 字（${k} is too long）`);
    return v;
  }
  num(o: Record<string, unknown>, k: string, label: string, optional = false): number | undefined {
    const v = o[k];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      return this.fail(k, `${label}应为非负数字（${k} must be a number）`);
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
    c.fail('', '不是一条讲话记录（not an object）');
    return { issues: c.issues };
  }
  if (hasForbiddenKey(raw)) {
    c.fail('', '包含不允许的字段名 __proto__ / constructor / prototype（forbidden key）');
    return { issues: c.issues };
  }
  const id = c.str(raw, 'id', 100, '编号');
  const title = c.str(raw, 'title', LIMITS.title, '标题');
  const body = c.str(raw, 'body', LIMITS.body, '正文');
  const notes = c.str(raw, 'notes', LIMITS.notes, '备注', true) ?? '';
  const extractor = c.str(raw, 'extractor', 100, '提取方式', true) ?? 'import';
  const censored = c.num(raw, 'censored', '屏蔽字数', true) ?? 0;
  const createdAt = c.num(raw, 'createdAt', '创建时间');
  const updatedAt = c.num(raw, 'updatedAt', '更新时间');
  if (typeof raw.truncated !== 'boolean')
    c.fail('truncated', '“是否截断”应为 true 或 false（truncated must be a boolean）');

  const tags: string[] = [];
  if (!Array.isArray(raw.tags)) c.fail('tags', '标签应为列表（tags must be an array）');
  else if (raw.tags.length > LIMITS.tags) c.fail('tags', `标签过多：${raw.tags.length} 个（too many tags）`);
  else
    for (const t of raw.tags) {
      if (typeof t !== 'string' || !t.trim() || t.length > LIMITS.tag)
        c.fail('tags', `标签无效：${String(t).slice(0, 20)}`);
      else tags.push(t);
    }

  const parts: Speech['parts'] = [];
  if (!Array.isArray(raw.parts)) c.fail('parts', '分篇应为列表（parts must be an array）');
  else if (raw.parts.length > LIMITS.parts) c.fail('parts', '分篇过多（too many parts）');
  else
    raw.parts.forEach((p, i) => {
      if (!isPlainObject(p) || typeof p.title !== 'string' || typeof p.body !== 'string') {
        c.fail(`parts[${i}]`, '分篇应有标题和正文（part needs title and body）');
      } else if (p.title.length > LIMITS.title || p.body.length > LIMITS.body) {
        c.fail(`parts[${i}]`, '分篇过长（part too long）');
      } else parts.push({ title: p.title, body: p.body });
    });

  const sources: Speech['sources'] = [];
  if (!Array.isArray(raw.sources) || raw.sources.length === 0)
    c.fail('sources', '来源应为非空列表（sources must be a non-empty array）');
  else if (raw.sources.length > LIMITS.sources) c.fail('sources', '来源过多（too many sources）');
  else
    raw.sources.forEach((s, i) => {
      const sc = new Check(index);
      if (!isPlainObject(s)) {
        c.fail(`sources[${i}]`, '来源格式不对（source must be an object）');
        return;
      }
      const url = sc.str(s, 'url', LIMITS.url, '来源网址');
      const normalizedUrl = sc.str(s, 'normalizedUrl', LIMITS.url, '规范网址');
      const site = sc.str(s, 'site', LIMITS.short, '来源网站');
      const capturedAt = sc.num(s, 'capturedAt', '采集时间');
      for (const is of sc.issues) c.fail(`sources[${i}].${is.field}`, is.message);
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
  if (!Array.isArray(raw.truncation)) c.fail('truncation', '截断说明应为列表（truncation must be an array）');
  else
    raw.truncation.forEach((t, i) => {
      const d = copyDetail(t);
      if (!d || typeof d.kind !== 'string')
        c.fail(`truncation[${i}]`, '截断说明格式不对（bad truncation detail）');
      else truncation.push(d as unknown as Speech['truncation'][number]);
    });

  let meta: Speech['meta'] = { keywords: [] };
  if (!isPlainObject(raw.meta)) c.fail('meta', '文档信息格式不对（meta must be an object）');
  else {
    const { keywords, ...rest } = raw.meta;
    const kws = Array.isArray(keywords) ? keywords : [];
    const d = copyDetail(rest);
    if (!d || kws.some((k) => typeof k !== 'string' || k.length > LIMITS.tag) || kws.length > LIMITS.tags) {
      c.fail('meta', '文档信息格式不对（bad meta）');
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
      c.fail('facts', '讲话信息格式不对：发言人、场合、日期、类型或层级的值无效（bad facts）');
    }
    facts = cleaned;
  }

  if (c.issues.length > 0) return { issues: c.issues };
  return {
    speech: {
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

/** Where JSON.parse stopped, for a message a person can act on. */
function parsePosition(e: unknown, text: string): string {
  const m = /position (\d+)/.exec(String(e));
  if (m) return `第 ${m[1]} 个字符附近`;
  return `文件末尾（共 ${text.length} 个字符）`;
}

/** Parses and checks a whole file; any problem refuses the file, with every problem listed. */
export function parseExportFile(text: string): {
  speeches: Speech[];
  excerpts: Excerpt[];
  issues: ImportIssue[];
} {
  const whole = (message: string) => ({ speeches: [], excerpts: [], issues: [{ index: -1, message }] });
  if (text.length > LIMITS.file) return whole('文件过大，无法导入（file too large）');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return whole(
      `文件不是完整的 JSON，在${parsePosition(e, text)}出错；文件可能没有下载完整（invalid JSON）`,
    );
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT) {
    return whole('这不是稿库导出的文件：缺少 "format": "gaoku-library"（not a Gaoku export）');
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return whole('文件的 schemaVersion 无效（invalid schemaVersion）');
  }
  if (version > EXPORT_SCHEMA_VERSION) {
    return whole(
      `这个文件来自更新版本的稿库（格式版本 ${version}，本版只认到 ${EXPORT_SCHEMA_VERSION}），请先升级稿库再导入（file from a newer Gaoku）`,
    );
  }
  if (!Array.isArray(data.speeches)) return whole('文件里没有讲话列表 speeches（speeches missing）');
  if (data.speeches.length > LIMITS.speeches) return whole('文件里的讲话过多（too many speeches）');
  const speeches: Speech[] = [];
  const issues: ImportIssue[] = [];
  const ids = new Set<string>();
  data.speeches.forEach((raw, i) => {
    const r = validateSpeech(raw, i, version);
    issues.push(...r.issues);
    if (r.speech) {
      if (ids.has(r.speech.id))
        issues.push({ index: i, field: 'id', message: `编号重复：${r.speech.id}（duplicate id）` });
      ids.add(r.speech.id);
      speeches.push(r.speech);
    }
  });
  const excerpts: Excerpt[] = [];
  if (data.excerpts !== undefined) {
    if (!Array.isArray(data.excerpts))
      return whole('素材列表 excerpts 格式不对（excerpts must be an array）');
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
    c.fail('', '素材记录格式不对（bad excerpt）');
    return fail();
  }
  const excerpt = {
    id: c.str(raw, 'id', 100, '素材编号'),
    speechId: c.str(raw, 'speechId', 100, '讲话编号'),
    speechTitle: c.str(raw, 'speechTitle', LIMITS.title, '讲话标题'),
    url: c.str(raw, 'url', LIMITS.url, '来源网址'),
    site: c.str(raw, 'site', LIMITS.short, '来源网站'),
    text: c.str(raw, 'text', 20_000, '素材'),
    note: c.str(raw, 'note', LIMITS.notes, '备注'),
    createdAt: c.num(raw, 'createdAt', '收入时间'),
  };
  if (c.issues.length > 0) return fail();
  return { excerpt: excerpt as Excerpt, issues: [] };
}
