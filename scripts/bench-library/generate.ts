// Deterministic speeches for the benchmark: ~5,000 characters of speech-like Chinese each, sentences built
// from the phrase families speeches are made of, so search and duplicate checks see realistic text.

const OPENINGS = ['同志们：', '各位代表，同志们：', '尊敬的各位领导、各位来宾：', '各位委员：'];
const SUBJECTS = [
  '全市',
  '全区',
  '全县',
  '各级党组织',
  '广大党员干部',
  '各级政协组织',
  '工会组织',
  '各部门',
  '各乡镇',
  '群团组织',
  '广大职工',
  '各位委员',
];
const VERBS = [
  '要坚持',
  '要深入推进',
  '要切实加强',
  '要全面落实',
  '要持续深化',
  '要着力提升',
  '要不断完善',
  '要扎实开展',
  '要认真贯彻',
  '要积极探索',
];
const OBJECTS = [
  '党的全面领导',
  '协商民主建设',
  '民主监督工作',
  '基层治理能力',
  '乡村振兴战略',
  '营商环境优化',
  '生态环境保护',
  '安全生产责任',
  '作风建设',
  '干部队伍建设',
  '产业转型升级',
  '民生保障水平',
  '科技创新能力',
  '意识形态工作',
  '职工权益维护',
  '统一战线工作',
  '文化事业发展',
  '教育医疗养老',
  '就业创业服务',
  '防范化解风险',
  '法治政府建设',
  '数字政府建设',
  '城乡融合发展',
  '对口协商机制',
];
const TAILS = [
  '，推动各项工作取得新成效。',
  '，为全市经济社会发展作出新贡献。',
  '，切实把思想和行动统一到决策部署上来。',
  '，确保各项任务落地见效。',
  '，不断开创工作新局面。',
  '。',
];
const HEADINGS = ['一、', '二、', '三、', '四、', '五、'];
const THEMES = ['提高政治站位', '突出工作重点', '强化责任落实', '加强组织保障', '改进工作作风'];
export const TAGS = [
  '政协',
  '工会',
  '党建',
  '乡村振兴',
  '经济工作',
  '安全生产',
  '群团',
  '妇联',
  '共青团',
  '统战',
  '作风建设',
  '营商环境',
];
export const RARE_PHRASE = '数字乡村治理示范';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const NAME_CHARS = '东西南北金银青白红安平宁和兴隆丰泰康富源昌盛新华城山河湖海川江岭林桥塘溪';
const place = (r: () => number) =>
  `${pick(r, [...NAME_CHARS])}${pick(r, [...NAME_CHARS])}${pick(r, ['镇', '乡', '街道', '村', '社区', '园区'])}`;
const fact = (r: () => number) =>
  pick(r, [
    () => `${place(r)}完成投资${Math.floor(r() * 900 + 10)}亿元，同比增长${(r() * 20).toFixed(1)}%。`,
    () =>
      `${2015 + Math.floor(r() * 10)}年${1 + Math.floor(r() * 12)}月，${place(r)}新建项目${Math.floor(r() * 90 + 3)}个。`,
    () =>
      `累计走访${place(r)}群众${Math.floor(r() * 9000 + 100)}户，解决实际问题${Math.floor(r() * 500 + 5)}件。`,
    () => `${place(r)}和${place(r)}的经验值得推广。`,
  ])();

export interface GeneratedSpeech {
  title: string;
  body: string;
  tags: string[];
  url: string;
}

export function generateSpeech(i: number, chars = 5000): GeneratedSpeech {
  const r = mulberry32(i * 7919 + 1);
  const topic = pick(r, OBJECTS);
  const paragraphs = [pick(r, OPENINGS)];
  let length = 0;
  let section = 0;
  while (length < chars) {
    if (r() < 0.08 && section < HEADINGS.length) {
      paragraphs.push(`${HEADINGS[section]}${pick(r, THEMES)}，${pick(r, VERBS).slice(1)}${topic}`);
      section++;
    }
    let p = '';
    const sentences = 3 + Math.floor(r() * 4);
    for (let s = 0; s < sentences; s++) {
      // A serial number per speech keeps every speech's text its own, as real speeches are.
      p += `${pick(r, SUBJECTS)}${pick(r, VERBS)}${pick(r, OBJECTS)}${pick(r, TAILS)}`;
      // Places, figures and dates make every real speech its own text.
      if (r() < 0.6) p += fact(r);
    }
    if (i % 3333 === 7 && paragraphs.length === 4) p += `积极创建${RARE_PHRASE}县。`;
    paragraphs.push(p);
    length += p.length;
  }
  return {
    title: `在${pick(r, ['全市', '全区', '全县'])}${topic}工作会议上的讲话（${i}）`,
    body: paragraphs.join('\n'),
    tags: [pick(r, TAGS), ...(r() < 0.5 ? [pick(r, TAGS)] : [])].filter((t, k, a) => a.indexOf(t) === k),
    url: `https://bench.example.cn/speech/${i}.html`,
  };
}

/**
 * A speech of real sentences: drawn from `pool` (the sentences of the real pages in test/fixtures), so the
 * index sees the vocabulary of real text rather than the small one above.
 */
export function realSpeech(i: number, pool: readonly string[], chars = 5000): GeneratedSpeech {
  const r = mulberry32(i * 7919 + 1);
  const g = generateSpeech(i, 200);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    let p = '';
    const sentences = 2 + Math.floor(r() * 5);
    for (let s = 0; s < sentences; s++) p += pick(r, pool);
    if (i % 3333 === 7 && paragraphs.length === 3) p += `积极创建${RARE_PHRASE}县。`;
    paragraphs.push(p);
    length += p.length;
  }
  paragraphs.push(`（第${i}号）`);
  return { ...g, body: paragraphs.join('\n') };
}
