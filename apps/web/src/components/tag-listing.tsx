import { type Locale, type Tag } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { messages } from "~/i18n/messages";
import { tagPath } from "~/lib/paths";
import { listPublishedArticlesByTag } from "~/lib/published";
import { FeedLinks } from "./feed-links";
import { Listing } from "./listing";

type Props = { locale: Locale; tag: Pick<Tag, "slug">; label: string; page: number };

/** One page of the articles carrying a tag, in the reader's language. */
export async function TagListing({ locale, tag, label, page }: Props) {
  const result = await listPublishedArticlesByTag(locale, tag.slug, page);
  if (page > result.pageCount) notFound();
  return (
    <>
      <FeedLinks locale={locale} title={`RightsDesk — ${label}`} tagSlug={tag.slug} />
      <h1>{label}</h1>
      <Listing
        result={result}
        locale={locale}
        basePath={tagPath(locale, tag.slug)}
        emptyMessage={messages(locale).noTaggedArticles}
        otherLocaleHref={(other) => tagPath(other, tag.slug)}
      />
    </>
  );
}
