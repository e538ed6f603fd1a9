import { type ArchiveParams, type Locale, type Tag } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { archivePath } from "~/lib/paths";
import { ArticleFilterFields } from "./article-filter-fields";

type Props = { locale: Locale; params: ArchiveParams; tags: readonly Tag[]; years: readonly number[] };

/** A plain GET form: every archive view is an ordinary URL that can be shared and works without JavaScript. */
export function ArchiveFilterForm({ locale, params, tags, years }: Props) {
  return (
    <form className="filter-form" method="get" action={archivePath(locale)}>
      <ArticleFilterFields idPrefix="archive" locale={locale} tags={tags} years={years} value={params} />
      <button type="submit">{messages(locale).filter}</button>
    </form>
  );
}
