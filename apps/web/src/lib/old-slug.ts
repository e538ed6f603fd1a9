import { resolveArticleRedirect, resolveRegistryRedirect } from "@rightsdesk/db/public";
import { cacheTags, type Locale } from "@rightsdesk/domain";
import { notFound, permanentRedirect } from "next/navigation";
import { cachedRead } from "./cached-read";
import { articlePath, casePath, personPath } from "./paths";

const articleRedirect = cachedRead("article-redirect", resolveArticleRedirect, (slug) => [cacheTags.article(slug)]);
const registryRedirect = cachedRead("registry-redirect", resolveRegistryRedirect, () => [cacheTags.registry]);

const SECTIONS = {
  articles: { current: articleRedirect, path: articlePath },
  people: { current: (slug: string) => registryRedirect("person", slug), path: personPath },
  cases: { current: (slug: string) => registryRedirect("case", slug), path: casePath },
} as const;

/**
 * For a slug that names nothing now: an article whose slug changed, or a person or case that was renamed
 * or merged, answers at its old address with a permanent redirect (308) to the current one, so shared
 * links and search results keep working; any other slug is a 404. Looked up only when a page is missing,
 * and cached with the page, so that readers' requests never wait for it.
 */
export async function followOldSlug(section: keyof typeof SECTIONS, locale: Locale, slug: string): Promise<never> {
  const { current, path } = SECTIONS[section];
  const target = await current(slug);
  if (target && target !== slug) permanentRedirect(path(locale, target));
  notFound();
}
