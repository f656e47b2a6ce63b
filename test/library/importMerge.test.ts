import { describe, expect, it } from 'vitest';
import { capture, freshLibrary } from './helpers';

// The case and one per field: a backup made after the user's corrections, imported into a library
// where the same page was captured again later. What the user edited wins over what a capture brought, by
// each field's own change; the value that loses stays in the speech's history.
const sleep = () => new Promise((r) => setTimeout(r, 3));

async function backupWithEdits(edit: Parameters<ReturnType<typeof freshLibrary>['library']['update']>[1]) {
  const { library: a } = freshLibrary();
  const saved = await a.save(capture());
  if (saved.status !== 'saved') throw new Error('not saved');
  await sleep();
  await a.update(saved.speech.id, edit);
  const file = await a.exportJson();
  await sleep();
  // the same page captured again, later, in another library
  const { library: b } = freshLibrary();
  const again = await b.save(
    capture({ url: 'https://www.example.gov.cn/art/2024/3/9/art_1.html?from=share' }),
  );
  if (again.status !== 'saved') throw new Error('not saved');
  return { b, id: again.speech.id, file };
}

describe('importing a backup with the user’s edits over a later capture', () => {
  it('keeps the corrected title and speaker, reports one merged, and keeps the capture’s title in history', async () => {
    const { b, id, file } = await backupWithEdits({
      title: '在全市政协工作会议上的讲话（修订）',
      facts: { speaker: '张三' },
    });
    expect(await b.importJson(file)).toEqual({ ok: true, added: 0, merged: 1, unchanged: 0 });
    const s = await b.get(id);
    expect(s?.title).toBe('在全市政协工作会议上的讲话（修订）');
    expect(s?.facts.speaker).toBe('张三');
    expect(s?.history?.map((h) => [h.field, h.value])).toContainEqual([
      'title',
      '在全市政协工作会议上的讲话',
    ]);
    expect((await b.list()).total).toBe(1);
  });

  it('keeps the edited notes, with the other notes in history', async () => {
    const { b, id, file } = await backupWithEdits({ notes: '引用时注意第二部分' });
    await b.importJson(file);
    expect((await b.get(id))?.notes).toBe('引用时注意第二部分');
  });

  it('joins the tags of both', async () => {
    const { b, id, file } = await backupWithEdits({ tags: ['政协', '范文'] });
    await b.update(id, { tags: ['待读'] });
    await b.importJson(file);
    expect((await b.get(id))?.tags).toEqual(['待读', '政协', '范文']);
  });

  it('keeps a later edit in the library over an older edit in the file', async () => {
    const { b, id, file } = await backupWithEdits({ title: '旧的修订' });
    await sleep();
    await b.update(id, { title: '新的修订' });
    await b.importJson(file);
    const s = await b.get(id);
    expect(s?.title).toBe('新的修订');
    expect(s?.history?.map((h) => h.value)).toContain('旧的修订');
  });

  it('takes the more complete text, whoever captured it', async () => {
    const { library: a } = freshLibrary();
    const whole = capture();
    await a.save(whole);
    const file = await a.exportJson();
    const { library: b } = freshLibrary();
    const cut = capture({ body: whole.body.slice(0, 120), truncated: true });
    const saved = await b.save(cut);
    if (saved.status !== 'saved') throw new Error('not saved');
    await b.importJson(file);
    const s = await b.get(saved.speech.id);
    expect(s?.body).toBe(whole.body);
    expect(s?.truncated).toBe(false);
  });
});
