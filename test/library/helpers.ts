import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CaptureRecord } from '../../src/extract/types';
import { openLibrary } from '../../src/library';

/** A library in a fresh in-memory IndexedDB of its own. */
export function freshLibrary() {
  const indexedDB = new IDBFactory();
  return { library: openLibrary('gaoku-test', { indexedDB, IDBKeyRange }), indexedDB };
}

const PARAGRAPHS = [
  '同志们：今天召开全市政协工作会议，主要任务是深入贯彻中央关于加强人民政协工作的意见。',
  '一、充分认识新时代人民政协工作的重要意义',
  '人民政协是统一战线的组织，是中国共产党领导的多党合作和政治协商的重要机构，是社会主义协商民主的重要渠道。',
  '二、切实加强民主监督，提高协商质量',
  '要围绕全市中心工作，聚焦群众关心的热点难点问题，开展专题协商、对口协商、界别协商，努力把协商成果转化为推动发展的实际成效。',
  '三、加强自身建设，提升履职能力',
  '各级政协组织要加强学习，改进作风，团结带领广大委员为全市经济社会发展贡献智慧和力量。',
];

export function capture(over: Partial<CaptureRecord> = {}): CaptureRecord {
  const body = over.body ?? PARAGRAPHS.join('\n');
  return {
    title: '在全市政协工作会议上的讲话',
    body,
    parts: [{ title: over.title ?? '在全市政协工作会议上的讲话', body }],
    truncated: false,
    truncation: [],
    removed: [],
    meta: { keywords: ['政协', '协商民主'] },
    censored: 0,
    url: 'https://www.example.gov.cn/art/2024/3/9/art_1.html',
    site: '示例市政府',
    extractor: 'generic',
    ...over,
  };
}

export const speechText = PARAGRAPHS;
