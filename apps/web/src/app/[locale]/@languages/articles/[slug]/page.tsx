import { LanguageSwitcher } from "~/components/language-switcher";
import { everyLanguage, pageAlternates } from "~/lib/alternates";
import { articlePath, homePath } from "~/lib/paths";
import { getPublishedArticle } from "~/lib/published";
import { slotParams } from "~/lib/slot-params";

/** An article's switcher: only the languages it is published in. */
export default async function ArticleLanguages({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const read = slotParams(await params);
  if (!read) return null;
  // The same cached read as the page's, so no second query.
  const article = read.slug ? await getPublishedArticle(read.locale, read.slug) : null;
  const alternates = article ? pageAlternates(article.locales, (locale) => articlePath(locale, article.slug)) : everyLanguage(homePath);
  return <LanguageSwitcher current={read.locale} alternates={alternates} />;
}
