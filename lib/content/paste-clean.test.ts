import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste-clean';

const window = new Window();
// Whitespace between blocks means nothing to the editor.
const clean = (html: string) =>
  cleanPastedHtml(html, (h) => new window.DOMParser().parseFromString(h, 'text/html') as unknown as Document)
    .replace(/>\s+</g, '><')
    .trim();

describe('pasted HTML', () => {
  it('from Word: paragraphs, a heading, bold and italic runs, and its bulleted and numbered lists', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body lang=AR-MA>
<!--StartFragment-->
<h1 style='margin:0'><span lang=AR-MA style='font-family:"Traditional Arabic"'>مجلس المدينة يصادق على الميزانية<o:p></o:p></span></h1>
<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl'><span lang=AR-MA style='font-size:14.0pt;color:#1F3864'>صادق المجلس </span><b><span lang=AR-MA style='font-size:14.0pt'>بالإجماع</span></b><span lang=AR-MA> على ميزانية </span><i><span lang=FR>(Budget 2027)</span></i><span lang=AR-MA>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst dir=RTL style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><span lang=AR-MA>الطرق</span></p>
<p class=MsoListParagraphCxSpLast dir=RTL style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><span lang=AR-MA>الإنارة</span></p>
<p class=MsoNormal>بين القائمتين</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>أولاً</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level2 lfo2'><span style='mso-list:Ignore'>a.<span>&nbsp; </span></span>فرعي</p>
<!--EndFragment--></body></html>`;
    expect(clean(word)).toBe(
      '<h2>مجلس المدينة يصادق على الميزانية</h2>' +
        '<p>صادق المجلس <strong>بالإجماع</strong> على ميزانية <em>(Budget 2027)</em>.</p>' +
        '<ul><li>الطرق</li><li>الإنارة</li></ul>' +
        '<p>بين القائمتين</p>' +
        '<ol><li>أولاً<ol><li>فرعي</li></ol></li></ol>',
    );
  });

  it('from Google Docs: bold and italic spans become <strong>/<em>, the outer <b> wrapper goes', () => {
    const docs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p dir="rtl" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400;">قال </span><span style="font-size:11pt;font-family:Arial;font-weight:700;">المدير</span><span style="font-style:italic;font-weight:400;"> إن الأشغال </span><a href="https://example.org/report" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;">تقرير</span></a></p><h3 dir="rtl"><span style="font-size:13pt;">عنوان فرعي</span></h3><ul><li dir="rtl" style="list-style-type:disc;"><p dir="rtl" role="presentation"><span>بند</span></p></li></ul></b>';
    expect(clean(docs)).toBe(
      '<p>قال <strong>المدير</strong><em> إن الأشغال </em><a href="https://example.org/report">تقرير</a></p><h3>عنوان فرعي</h3><ul><li><p>بند</p></li></ul>',
    );
  });

  it('from a web page: fonts, colours, classes, scripts, images and unsafe links go; divs of text become paragraphs', () => {
    const web =
      '<div class="article"><script>alert(1)</script><div style="color:red;font-family:Comic Sans">فقرة <font color="blue">ملونة</font></div><img src="https://x.example/a.png"><blockquote class="q"><p>اقتباس</p></blockquote><p><a href="javascript:alert(1)" onclick="x()">رابط</a> و<a href="https://example.org" target="_blank" class="l">آخر</a></p><table class="t"><tr><th style="width:50%">المدينة</th><td colspan="2">12</td></tr></table></div>';
    expect(clean(web)).toBe(
      '<p>فقرة ملونة</p><blockquote><p>اقتباس</p></blockquote><p>رابط و<a href="https://example.org">آخر</a></p><table><tbody><tr><th>المدينة</th><td colspan="2">12</td></tr></tbody></table>',
    );
  });
});
