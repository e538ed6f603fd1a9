import { resolveRegistryRedirect } from "@rightsdesk/db";
import { isLocale } from "@rightsdesk/domain";
import { type NextRequest, NextResponse } from "next/server";

const ENTITY = { people: "person", cases: "case" } as const;

/**
 * A person or case that was renamed or merged answers at its old address with a 301 to the current
 * one, so that links in old articles and search results keep working. Pages cannot send a 301
 * themselves (Next's permanentRedirect is a 308), hence this lookup before rendering.
 */
export async function proxy(request: NextRequest) {
  const [, locale, section, slug] = request.nextUrl.pathname.split("/");
  if (!locale || !isLocale(locale) || (section !== "people" && section !== "cases") || !slug) return NextResponse.next();
  const current = await resolveRegistryRedirect(ENTITY[section], slug);
  if (!current || current === slug) return NextResponse.next();
  return NextResponse.redirect(new URL(`/${locale}/${section}/${current}`, request.url), 301);
}

export const config = { matcher: ["/:locale/people/:slug", "/:locale/cases/:slug"] };
