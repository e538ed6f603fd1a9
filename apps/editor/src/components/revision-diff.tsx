import { diffParagraphs, type ParagraphDiff } from "@rightsdesk/domain";

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
      return (
        <p>
          {diff.words?.map((word, index) =>
            word.kind === "added" ? (
              <ins key={index}>{word.text}</ins>
            ) : word.kind === "removed" ? (
              <del key={index}>{word.text}</del>
            ) : (
              <span key={index}>{word.text}</span>
            ),
          )}
        </p>
      );
  }
}

/** The differences of one field between two texts, marked with <ins> and <del> (read out by screen readers as such). */
export function TextDiff({ label, before, after }: { label: string; before: string; after: string }) {
  const paragraphs = diffParagraphs(before, after);
  return (
    <section className="text-diff" aria-label={label}>
      <h3 className="label">{label}</h3>
      {paragraphs.length === 0 ? (
        <p className="save-state">Empty in both revisions.</p>
      ) : (
        paragraphs.map((diff, index) => <Paragraph key={index} diff={diff} />)
      )}
    </section>
  );
}
