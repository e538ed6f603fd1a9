import { tagLabel } from "@rightsdesk/domain";
import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { interpolate, messages } from "~/i18n/messages";
import { everyLanguage, hreflangLinks } from "./alternates";
import { localeParam } from "./locale-param";
import { tagPath } from "./paths";
import { getTag } from "./published";
import { slugParam } from "./slug-param";

/** The tag a tag listing's route names, labelled in the page's language; an unknown tag is a 404. */
export async function loadTag(params: Promise<{ locale: string; slug: string }>) {
  const { locale: rawLocale, slug } = await params;
  const locale = localeParam(rawLocale);
  const tag = await getTag(slugParam(slug));
  if (!tag) notFound();
  return { locale, tag, label: tagLabel(tag, locale) };
}

export async function tagMetadata(params: Promise<{ locale: string; slug: string }>): Promise<Metadata> {
  const { locale, tag, label } = await loadTag(params);
  return {
    title: label,
    description: interpolate(messages(locale).tagDescription, { tag: label }),
    alternates: { canonical: tagPath(locale, tag.slug), languages: hreflangLinks(everyLanguage((other) => tagPath(other, tag.slug))) },
  };
}
