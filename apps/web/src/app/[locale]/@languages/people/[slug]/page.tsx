import { LanguageSwitcher } from "~/components/language-switcher";
import { everyLanguage } from "~/lib/alternates";
import { homePath, personPath } from "~/lib/paths";
import { getPerson } from "~/lib/registry";
import { slotParams } from "~/lib/slot-params";

/** A person's page exists in every language. */
export default async function PersonLanguages({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const read = slotParams(await params);
  if (!read) return null;
  const page = read.slug ? await getPerson(read.slug) : null;
  return <LanguageSwitcher current={read.locale} alternates={everyLanguage((locale) => (page ? personPath(locale, page.person.slug) : homePath(locale)))} />;
}
