import { type ArchiveParams, type Locale, type Tag } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { archivePath } from "~/lib/paths";
import { ArticleFilterFields } from "./article-filter-fields";
import { FilterForm } from "./filter-choice";

type Props = { locale: Locale; params: ArchiveParams; tags: readonly Tag[]; years: readonly number[] };

/** The archive by country, topic and year. */
export function ArchiveFilterForm({ locale, params, tags, years }: Props) {
  return (
    <FilterForm action={archivePath(locale)} submit={messages(locale).filter}>
      <ArticleFilterFields idPrefix="archive" locale={locale} tags={tags} years={years} value={params} />
    </FilterForm>
  );
}
