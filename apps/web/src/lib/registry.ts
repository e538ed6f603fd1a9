import { type Locale } from "@rightsdesk/domain";
import { getPublicCase, getPublicPerson, resolveRegistryRedirect } from "@rightsdesk/db";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { casePath, personPath } from "./paths";

// generateMetadata and the page both ask for the same record; cache() makes that one query per request.
export const getPerson = cache(getPublicPerson);
export const getCase = cache(getPublicCase);
const resolveRedirect = cache(resolveRegistryRedirect);

/**
 * For a slug that finds nothing: a record that was renamed or merged moves permanently to its
 * current slug, so that old links and search results keep working; anything else is a 404.
 */
export async function redirectOrNotFound(entity: "person" | "case", locale: Locale, slug: string): Promise<never> {
  const current = await resolveRedirect(entity, slug);
  if (current && current !== slug) permanentRedirect(entity === "person" ? personPath(locale, current) : casePath(locale, current));
  notFound();
}
