import { LanguageSwitcher } from "~/components/language-switcher";
import { everyLanguage } from "~/lib/alternates";
import { homePath, tagPath } from "~/lib/paths";
import { getTag } from "~/lib/published";
import { slotParams } from "~/lib/slot-params";

/** A tag's listing exists in every language (labelled in each). */
export default async function TagLanguages({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const read = slotParams(await params);
  if (!read) return null;
  const tag = read.slug ? await getTag(read.slug) : null;
  return <LanguageSwitcher current={read.locale} alternates={everyLanguage((locale) => (tag ? tagPath(locale, tag.slug) : homePath(locale)))} />;
}
