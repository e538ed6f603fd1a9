import { type RichTextDoc, type RichTextNode } from "@rightsdesk/domain";

export type MentionTarget = { id: string; label: string };

/**
 * Where the mentions stand: `inSentence` after a paragraph's first few words, as the seeds name people ("… refused to
 * extradite [Ablyazov] to …"); `opening` as the first thing of each paragraph, the worst case for Chromium, whose own
 * editing work after every key grows with each paragraph that opens on one (see the bench's trace line).
 */
export type MentionPlacement = "inSentence" | "opening";

const WORDS = (
  "the court in Warsaw refused to extradite the journalist to Kazakhstan after the prosecutor asked for a review of the " +
  "evidence and the defence showed that the charges were political and that torture in custody was a real risk for him"
).split(" ");
const WORDS_BEFORE_MENTION = 6;

/** About `words` words in paragraphs of 100, with one mention in each of the first `mentions` paragraphs. */
export function largeArticle(words: number, mentions: number, targets: readonly MentionTarget[], placement: MentionPlacement = "inSentence"): RichTextDoc {
  const content: RichTextNode[] = [];
  let written = 0;
  for (let index = 0; written < words; index++) {
    if (index % 20 === 0) content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: `Part ${index / 20 + 1}` }] });
    const count = Math.min(100, words - written);
    const text = Array.from({ length: count }, (_, i) => WORDS[(index + i) % WORDS.length]);
    const target = targets[index % targets.length];
    const before = placement === "inSentence" ? text.splice(0, WORDS_BEFORE_MENTION) : [];
    const children: RichTextNode[] =
      index < mentions && target
        ? [
            ...(before.length > 0 ? [{ type: "text", text: `${before.join(" ")} ` }] : []),
            { type: "mention", attrs: { id: target.id, kind: "person", label: target.label } },
            { type: "text", text: ` ${text.join(" ")}` },
          ]
        : [{ type: "text", text: [...before, ...text].join(" ") }];
    content.push({ type: "paragraph", content: children });
    written += count;
  }
  return { type: "doc", content };
}
