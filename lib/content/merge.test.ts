import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from './document';
import { bodyConflicts, mergeArticle, resolveBody } from './merge';

const p = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const doc = (...texts: string[]): ArticleDocument => ({ type: 'doc', content: texts.map(p) });
const article = (title: string, body: ArticleDocument, tags = 'الماء') => ({ title, tags, body });

describe("merging two editors' work", () => {
  const base = article('العنوان', doc('الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'));

  it('keeps both when they changed different paragraphs and different fields', () => {
    const mine = article('العنوان', doc('الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة بعد تعديلي'), 'الماء، السد');
    const theirs = article('عنوان جديد', doc('الفقرة الأولى بعد تعديله', 'الفقرة الثانية', 'الفقرة الثالثة'));
    const merged = mergeArticle(base, mine, theirs);
    expect(merged.fieldConflicts).toEqual([]);
    expect(bodyConflicts(merged.body)).toEqual([]);
    expect(merged.fields).toEqual(article('عنوان جديد', doc('الفقرة الأولى بعد تعديله', 'الفقرة الثانية', 'الفقرة الثالثة بعد تعديلي'), 'الماء، السد'));
  });

  it('keeps a paragraph one added and a paragraph the other removed', () => {
    const mine = article('العنوان', doc('الفقرة الأولى', 'فقرة أضفتها', 'الفقرة الثانية', 'الفقرة الثالثة'));
    const theirs = article('العنوان', doc('الفقرة الأولى', 'الفقرة الثانية'));
    expect(mergeArticle(base, mine, theirs).fields.body).toEqual(doc('الفقرة الأولى', 'فقرة أضفتها', 'الفقرة الثانية'));
  });

  it("returns what both changed differently, and resolves it by the editor's choice", () => {
    const mine = article('عنواني', doc('الفقرة الأولى', 'صيغتي للفقرة الثانية', 'الفقرة الثالثة'));
    const theirs = article('عنوانه', doc('الفقرة الأولى', 'صيغته للفقرة الثانية', 'الفقرة الثالثة'));
    const merged = mergeArticle(base, mine, theirs);
    expect(merged.fieldConflicts).toEqual([{ field: 'title', mine: 'عنواني', theirs: 'عنوانه' }]);
    expect(bodyConflicts(merged.body)).toEqual([{ mine: [p('صيغتي للفقرة الثانية')], theirs: [p('صيغته للفقرة الثانية')] }]);
    expect(resolveBody(merged.body, ['theirs'])).toEqual(theirs.body);
    expect(resolveBody(merged.body, ['both'])).toEqual(doc('الفقرة الأولى', 'صيغتي للفقرة الثانية', 'صيغته للفقرة الثانية', 'الفقرة الثالثة'));
  });
});
