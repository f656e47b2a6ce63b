/**
 * Pages built to break a capture engine, for the hostile-input tests and `npm run -s bench:hostile`:
 * each must give a capture or a clear refusal, quickly, in the CLI and in the browser.
 */
const SENTENCE =
  '我们要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。';

const shell = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export interface HostilePage {
  name: string;
  html: string;
  /** What a correct answer is: a capture whose body holds `contains`, or a refusal. */
  expect: { capture: true; contains: string } | { capture: false };
}

export function hostilePages(): HostilePage[] {
  const speech = Array.from({ length: 12 }, () => `<p>${SENTENCE}</p>`).join('');
  return [
    {
      name: 'nested 5,000 elements deep',
      html: shell(
        '在全县工作会议上的讲话',
        `<h1>在全县工作会议上的讲话</h1>${'<div>'.repeat(5000)}${speech}${'</div>'.repeat(5000)}`,
      ),
      expect: { capture: true, contains: SENTENCE },
    },
    {
      name: '100,000 links',
      html: shell(
        '在全县工作会议上的讲话',
        `<h1>在全县工作会议上的讲话</h1><div class="c">${speech}</div><ul>${Array.from({ length: 100_000 }, (_, i) => `<li><a href="/a/${i}.html">第${i}篇相关文章标题</a></li>`).join('')}</ul>`,
      ),
      expect: { capture: true, contains: SENTENCE },
    },
    {
      name: 'a 5 MB speech page',
      html: shell(
        '在全县工作会议上的讲话',
        `<h1>在全县工作会议上的讲话</h1><div class="c">${Array.from({ length: Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`<p>${SENTENCE}</p>`)) }, (_, i) => `<p>${i % 40 === 0 ? `${i / 40 + 1}. 第${i / 40 + 1}部分` : SENTENCE}</p>`).join('')}</div>`,
      ),
      expect: { capture: true, contains: SENTENCE },
    },
    { name: 'an empty page', html: '', expect: { capture: false } },
    {
      name: 'markup-looking text and control characters',
      html: shell(
        '&lt;script&gt;alert(1)&lt;/script&gt;',
        `<h1>在全县&lt;b&gt;工作会议&lt;/b&gt;上的讲话</h1><div class="c">${Array.from({ length: 12 }, (_, i) => `<p>${SENTENCE.slice(0, 20)}&lt;img src=x onerror=alert(${i})&gt;\u0001\u0007\u001b[31m${SENTENCE.slice(20)}&lt;/p&gt;&amp;lt;</p>`).join('')}</div>`,
      ),
      expect: { capture: true, contains: '<img src=x onerror=alert(0)>' },
    },
  ];
}
