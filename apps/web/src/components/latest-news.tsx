import { type Locale } from "@rightsdesk/domain";
import { notFound } from "next/navigation";
import { messages } from "~/i18n/messages";
import { homePath } from "~/lib/paths";
import { listPublishedArticles } from "~/lib/published";
import { Listing } from "./listing";

/** One page of the latest news in a language: the home page is page 1. */
export async function LatestNews({ locale, page }: { locale: Locale; page: number }) {
  const result = await listPublishedArticles(locale, page);
  if (page > result.pageCount) notFound();
  const t = messages(locale);
  return (
    <>
      <h1>{t.latestNews}</h1>
      <Listing result={result} locale={locale} basePath={homePath(locale)} emptyMessage={t.noArticles} otherLocaleHref={homePath} />
    </>
  );
}
