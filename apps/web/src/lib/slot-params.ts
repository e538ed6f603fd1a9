import { isLocale, type Locale, ZSlug } from "@rightsdesk/domain";

/**
 * Route params as the `@languages` slot reads them: like localeParam and slugParam, but null rather
 * than notFound(), since the page beside the slot answers bad params with its own 404.
 */
export function slotParams(params: { locale: string; slug?: string }): { locale: Locale; slug: string | null } | null {
  if (!isLocale(params.locale)) return null;
  const slug = params.slug === undefined ? null : ZSlug.safeParse(params.slug);
  return { locale: params.locale, slug: slug?.success && slug.data === params.slug ? slug.data : null };
}
