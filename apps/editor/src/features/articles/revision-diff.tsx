import { diffParagraphs, foldUnchanged, type ParagraphDiff, type WordDiff } from "@rightsdesk/domain";

/** One paragraph of a comparison: whole paragraphs added or removed, or the words changed inside one. */
function Paragraph({ diff }: { diff: ParagraphDiff }) {
  switch (diff.kind) {
    case "same":
      return <p>{diff.after}</p>;
    case "added":
      return (
        <p>
          <ins>{diff.after}</ins>
        </p>
      );
    case "removed":
      return (
        <p>
          <del>{diff.before}</del>
        </p>
      );
    case "changed":
      return <p>{diff.words?.map((word, index) => <Word key={index} word={word} next={diff.words?.[index + 1]} />)}</p>;
  }
}

/**
 * One run of a changed paragraph. Removed words right before the words that replace them are set apart
 * by a space, so the text reads "court prosecutor", not "courtprosecutor", also where no colour shows.
 */
function Word({ word, next }: { word: WordDiff; next: WordDiff | undefined }) {
  if (word.kind === "same") return <span>{word.text}</span>;
  if (word.kind === "added") return <ins>{word.text}</ins>;
  const apart = next?.kind === "added" && !/\s$/.test(word.text) && !/^\s/.test(next.text);
  return (
    <>
      <del>{word.text}</del>
      {apart && " "}
    </>
  );
}

/** The differences of one field between two texts, marked with <ins> and <del> (read out by screen readers as such). */
export function TextDiff({ label, before, after }: { label: string; before: string; after: string }) {
  const paragraphs = foldUnchanged(diffParagraphs(before, after));
  return (
    <section className="text-diff" aria-label={label}>
      <h3 className="label">{label}</h3>
      {paragraphs.length === 0 ? (
        <p className="save-state">Empty in both revisions.</p>
      ) : (
        paragraphs.map((diff, index) =>
          diff.kind === "unchanged" ? (
            <p key={index} className="save-state">
              … {diff.count} unchanged paragraphs …
            </p>
          ) : (
            <Paragraph key={index} diff={diff} />
          ),
        )
      )}
    </section>
  );
}
