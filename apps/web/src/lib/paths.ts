import { type Locale } from "@rightsdesk/domain";

export const homePath = (locale: Locale) => `/${locale}`;
export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}`;
export const tagPath = (locale: Locale, tagSlug: string) => `/${locale}/tags/${tagSlug}`;
export const personPath = (locale: Locale, slug: string) => `/${locale}/people/${slug}`;
export const casePath = (locale: Locale, slug: string) => `/${locale}/cases/${slug}`;
export const protectionsPath = (locale: Locale) => `/${locale}/protections`;
export const searchPath = (locale: Locale) => `/${locale}/search`;
