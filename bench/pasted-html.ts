import { plainText, type RichTextDoc } from "@rightsdesk/domain";

// What Word puts around every run of text it copies: a class, a language and the run's own font.
const OPEN_RUN = '<span lang="EN-GB" style="font-size:12.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:Calibri">';

/**
 * The document as Word writes it to the clipboard: every block a styled paragraph, its text cut into runs of
 * `wordsPerRun` words each in its own styled span. With 20,000 words and 10 words a run that is about 500 kB.
 */
export function wordClipboard(doc: RichTextDoc, wordsPerRun = 10): { html: string; plain: string } {
  const blocks = doc.content.map((block) => {
    const words = plainText(block).split(" ");
    const runs: string[] = [];
    for (let at = 0; at < words.length; at += wordsPerRun) runs.push(`${OPEN_RUN}${words.slice(at, at + wordsPerRun).join(" ")} </span>`);
    const tag = block.type === "heading" ? "h2" : "p";
    return `<${tag} class="MsoNormal" style="margin-bottom:8.0pt;line-height:115%">${runs.join("")}<o:p></o:p></${tag}>`;
  });
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0cm}</style></head><body lang="EN-GB">${blocks.join("\n")}</body></html>`;
  return { html, plain: plainText(doc) };
}
