// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./paste-cleanup";

// What Word for Windows (Microsoft 365) puts on the clipboard for a heading, a paragraph with bold and
// italic (as tags and as styles), a two-item bullet list and a numbered item.
const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>
</xml><![endif]--><style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; mso-style-qformat:yes; margin:0cm; font-size:12.0pt; font-family:"Calibri",sans-serif;}
-->
</style></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h2 style='mso-margin-top-alt:auto;mso-outline-level:2'><span lang=EN-GB style='mso-fareast-font-family:"Times New Roman"'>Extradition refused<o:p></o:p></span></h2>
<p class=MsoNormal><span lang=EN-GB>The court in <b>Aix-en-Provence</b> refused the request of <i>Kazakhstan</i>.<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-weight:bold;mso-bidi-font-weight:normal'>Bold by style</span><span style='font-style:italic;mso-bidi-font-style:normal'> and italic by style</span><span style='mso-spacerun:yes'> </span><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Poland<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>France<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Appeal filed<o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

// What Google Docs (Chrome) puts on the clipboard: everything inside an invisible <b> wrapper,
// every run a span with inline styles.
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f0c1f2e-7fff-4c1b-9c3e-1a2b3c4d5e6f"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Hearing postponed</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Moscow</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> court </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">postponed</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> the </span><a href="https://example.org/hearing" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">hearing</span></a></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Lawyer present</span></p></li></ul></b>`;

const compact = (html: string) => html.replace(/\s+/g, " ").replace(/> </g, "><").trim();

describe("cleanPastedHtml from Word", () => {
  const html = cleanPastedHtml(WORD);

  it("drops Office markup, conditional comments, styles and classes", () => {
    expect(html).not.toMatch(/o:p|mso-|class=|style=|lang=|<!--|<xml|StartFragment|Style Definitions/i);
  });

  it("keeps headings, paragraphs and bold and italic, whether tags or styles", () => {
    expect(compact(html)).toContain("<h2>Extradition refused</h2>");
    expect(compact(html)).toContain("<p>The court in <b>Aix-en-Provence</b> refused the request of <i>Kazakhstan</i>.</p>");
    expect(compact(html)).toContain("<p><strong>Bold by style</strong><em> and italic by style</em>");
  });

  it("turns Word's list paragraphs into lists without their typed bullets and numbers", () => {
    expect(compact(html)).toContain("<ul><li>Poland</li><li>France</li></ul>");
    expect(compact(html)).toContain("<ol><li>Appeal filed</li></ol>");
    expect(html).not.toContain("·");
    expect(html).not.toContain("1.");
  });
});

describe("cleanPastedHtml from Google Docs", () => {
  const html = cleanPastedHtml(GOOGLE_DOCS);

  it("unwraps Google's invisible bold wrapper, so the whole paste is not made bold", () => {
    expect(html).not.toContain("docs-internal-guid");
    expect(html.startsWith("<b")).toBe(false);
  });

  it("maps styled spans to bold and italic and drops the rest of the styling", () => {
    expect(compact(html)).toBe(
      '<h2>Hearing postponed</h2><p><strong>Moscow</strong> court <em>postponed</em> the <a href="https://example.org/hearing">hearing</a></p><br><ul><li><p>Lawyer present</p></li></ul>',
    );
  });
});

describe("cleanPastedHtml from elsewhere", () => {
  it("leaves simple HTML as it is", () => {
    expect(cleanPastedHtml('<p>Plain <strong>bold</strong> and <a href="https://example.org">a link</a></p>')).toBe(
      '<p>Plain <strong>bold</strong> and <a href="https://example.org">a link</a></p>',
    );
  });

  it("drops scripts and event handlers", () => {
    const html = cleanPastedHtml('<p onclick="alert(1)">Hi<script>alert(2)</script><img src="https://example.org/a.png" onerror="alert(3)" alt="a"></p>');
    expect(html).toBe('<p>Hi<img src="https://example.org/a.png" alt="a"></p>');
  });
});

describe("cleanPastedHtml and images", () => {
  it.each([
    ["a file on the writer's computer", '<img src="file:///C:/Users/anna/My%20Pictures/court%20room.jpg">', '<img data-image-not-imported="court room.jpg">'],
    ["a file whose name is badly escaped", '<img src="file:///C:/Users/anna/court%zz.jpg">', '<img data-image-not-imported="court%zz.jpg">'],
    ["an Outlook inline attachment", '<img src="cid:image001.png@01DA2B3C.4D5E6F70">', '<img data-image-not-imported="image001.png">'],
    ["a data URI", '<img src="data:image/png;base64,iVBORw0KGgo=">', '<img data-image-not-imported="">'],
    ["an address that is not one", "<img src=x>", '<img data-image-not-imported="">'],
    ["a copy inside a Google document", '<img src="https://lh7-rt.googleusercontent.com/docsz/AD_4nXd?key=k" alt="The court">', '<img alt="The court" data-image-not-imported="The court">'],
  ])("turns %s into a placeholder without the address", (_label, html, placeholder) => {
    expect(cleanPastedHtml(`<p>Before</p>${html}`)).toBe(`<p>Before</p>${placeholder}`);
  });

  it("keeps an image on the web, alone in its paragraph or not", () => {
    expect(cleanPastedHtml('<p><img src="https://example.org/court.jpg" alt="Court"></p>')).toBe('<img src="https://example.org/court.jpg" alt="Court">');
    expect(cleanPastedHtml('<p>See <img src="https://example.org/court.jpg"></p>')).toBe('<p>See <img src="https://example.org/court.jpg"></p>');
  });
});

describe("cleanPastedHtml and bold", () => {
  it.each([
    ["Word's bold with a right-to-left setting", "<p><b style='mso-bidi-font-weight:normal'>Ablyazov</b> freed</p>", "<p><b>Ablyazov</b> freed</p>"],
    ["a bold tag that says 700", '<p><b style="font-weight:700">Ablyazov</b> freed</p>', "<p><b>Ablyazov</b> freed</p>"],
    ["a bold tag that says normal", '<p><b style="font-weight: normal">Ablyazov</b> freed</p>', "<p>Ablyazov freed</p>"],
    ["a strong tag that says 400", '<p><strong style="font-weight:400">Ablyazov</strong> freed</p>', "<p>Ablyazov freed</p>"],
  ])("reads %s from its font weight", (_label, html, cleaned) => {
    expect(cleanPastedHtml(html)).toBe(cleaned);
  });
});
