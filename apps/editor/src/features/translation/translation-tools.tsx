import { type SourceChanges as Changes } from "@rightsdesk/db/editor";
import { isOutdated, type Locale, plainText } from "@rightsdesk/domain";
import { TextDiff } from "~/features/articles/revision-diff";
import { SourceChanges } from "./source-changes";
import { XliffPanel } from "./xliff-panel";

type Props = { articleId: string; locale: Locale; revision: number; canEdit: boolean; changes: Changes | null };

/** On a translation's page: what changed in the source since it was made, and XLIFF export and import. */
export function TranslationTools({ articleId, locale, revision, canEdit, changes }: Props) {
  const base = changes?.base;
  const outdated = changes !== null && isOutdated(changes.staleness);
  // While the translation is outdated both panels start folded, so that the editor stays on the first screen.
  return (
    <div className="translation-tools">
      {changes && outdated && (
        <SourceChanges
          initiallyOpen={false}
          mark={{ endpoint: "markUpToDate", params: { id: articleId, locale }, body: { sourceRevision: changes.current.number } }}
          canEdit={canEdit}
        >
          <p>
            {base
              ? `The source changed after this translation was made: revision ${base.number} compared with the current revision ${changes.current.number}.`
              : `This translation does not record which source revision it was made from: review the whole current source (revision ${changes.current.number}).`}{" "}
            <del>Removed text</del>, <ins>added text</ins>.
          </p>
          <TextDiff label="Source title" before={base?.title ?? ""} after={changes.current.title} />
          <TextDiff label="Source summary" before={base?.summary ?? ""} after={changes.current.summary} />
          <TextDiff label="Source body" before={base ? plainText(base.body) : ""} after={plainText(changes.current.body)} />
        </SourceChanges>
      )}
      <XliffPanel articleId={articleId} locale={locale} revision={revision} canEdit={canEdit} initiallyOpen={!outdated} />
    </div>
  );
}
