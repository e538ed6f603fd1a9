import { resolveArticleRedirect, resolveRegistryRedirect } from "@rightsdesk/db";
import { isLocale } from "@rightsdesk/domain";
import { type NextRequest, NextResponse } from "next/server";

const REGISTRY_ENTITY = { people: "person", cases: "case" } as const;

/** The current slug for an old one in a section, or null when the slug is current or unknown. */
function resolveRedirect(section: string, slug: string): Promise<string | null> {
  if (section === "articles") return resolveArticleRedirect(slug);
  if (section === "people" || section === "cases") return resolveRegistryRedirect(REGISTRY_ENTITY[section], slug);
  return Promise.resolve(null);
}

/**
 * An article whose slug changed, or a person or case that was renamed or merged, answers at its old
 * address with a 301 to the current one, so that shared links and search results keep working. Pages
 * cannot send a 301 themselves (Next's permanentRedirect is a 308), hence this lookup before rendering.
 */
export async function proxy(request: NextRequest) {
  const [, locale, section, slug] = request.nextUrl.pathname.split("/");
  if (!locale || !isLocale(locale) || !section || !slug) return NextResponse.next();
  const current = await resolveRedirect(section, slug);
  if (!current || current === slug) return NextResponse.next();
  return NextResponse.redirect(new URL(`/${locale}/${section}/${current}`, request.url), 301);
}

export const config = { matcher: ["/:locale/articles/:slug", "/:locale/people/:slug", "/:locale/cases/:slug"] };
