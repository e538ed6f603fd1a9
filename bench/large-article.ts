import { type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";

export type MentionTarget = { id: string; label: string };

const WORDS = (
  "the court in Warsaw refused to extradite the journalist to Kazakhstan after the prosecutor asked for a review of the " +
  "evidence and the defence showed that the charges were political and that torture in custody was a real risk for him"
).split(" ");

/** About `words` words in paragraphs of `perParagraph`, with one mention in each of the first `mentions` paragraphs. */
export function largeArticle(words: number, mentions: number, targets: readonly MentionTarget[], perParagraph = 100): RichTextDoc {
  const content: RichTextNode[] = [];
  let written = 0;
  for (let index = 0; written < words; index++) {
    if (index % 20 === 0) content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: `Part ${index / 20 + 1}` }] });
    const count = Math.min(perParagraph, words - written);
    const text = Array.from({ length: count }, (_, i) => WORDS[(index + i) % WORDS.length]).join(" ");
    const target = targets[index % targets.length];
    const children: RichTextNode[] =
      index < mentions && target
        ? [{ type: "mention", attrs: { id: target.id, kind: "person", label: target.label } }, { type: "text", text: ` ${text}` }]
        : [{ type: "text", text }];
    content.push({ type: "paragraph", content: children });
    written += count;
  }
  return { type: "doc", content };
}
