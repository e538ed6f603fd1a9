import { type LabelTranslationItem } from "@rightsdesk/db/editor";
import { LABEL_STATE_NAMES, type Locale, LOCALE_ENGLISH_NAMES, SOURCE_LOCALE } from "@rightsdesk/domain";
import { FilteredItem } from "./label-filter";
import { LabelTranslationForm } from "./label-translation-form";
import { TextDiff } from "~/features/articles/revision-diff";
import { SourceChanges } from "./source-changes";

/** What the translation field is called, naming whose text it is so that every field on the page has its own name. */
function fieldLabel(item: LabelTranslationItem, locale: Locale): string {
  const language = LOCALE_ENGLISH_NAMES[locale];
  switch (item.kind) {
    case "tag":
      return `${language} label for ${item.name}`;
    case "bio":
      return `${language} biography of ${item.name}`;
    case "event":
      return `${language} description of ${item.name}, ${item.context}`;
  }
}

type Props = { item: LabelTranslationItem; locale: Locale; canWrite: boolean };

/** The key of an item on the page, for the filter. */
export const labelKey = (item: Pick<LabelTranslationItem, "kind" | "id">) => `${item.kind}-${item.id}`;

/** One label on the desk: the English, the state of its translation, what changed since, and the translation. */
export function LabelTranslationEntry({ item, locale, canWrite }: Props) {
  const headingId = labelKey(item);
  return (
    <FilteredItem itemKey={headingId}>
      <section className="card" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {item.name} <small className="save-state">{item.context}</small>
        </h3>
        <p>
          <span className={`badge ${item.state}`}>{LABEL_STATE_NAMES[item.state]}</span>
        </p>
        <p className="label">English</p>
        <blockquote lang={SOURCE_LOCALE}>{item.source}</blockquote>
        {item.state === "outdated" && (
          <SourceChanges
            heading={{ text: "English changed", level: 4 }}
            mark={{
              endpoint: "markLabelUpToDate",
              body: { kind: item.kind, id: item.id, locale, sourceText: item.source, previousTranslation: item.translation ?? "" },
            }}
            canEdit={canWrite}
          >
            <p>
              {item.base
                ? "The English text changed after this translation was made."
                : "This translation does not record which English text it was made from: review the whole English text."}{" "}
              <del>Removed text</del>, <ins>added text</ins>.
            </p>
            <TextDiff label="English text since the translation" before={item.base ?? ""} after={item.source} />
          </SourceChanges>
        )}
        {canWrite ? (
          <LabelTranslationForm
            kind={item.kind}
            id={item.id}
            locale={locale}
            label={fieldLabel(item, locale)}
            sourceText={item.source}
            translation={item.translation}
          />
        ) : (
          <>
            <p className="label">{LOCALE_ENGLISH_NAMES[locale]}</p>
            {item.translation ? <blockquote lang={locale}>{item.translation}</blockquote> : <p className="save-state">Not translated yet.</p>}
          </>
        )}
      </section>
    </FilteredItem>
  );
}
