import { LanguageSwitcher } from "~/components/language-switcher";
import { everyLanguage } from "~/lib/alternates";
import { casePath, homePath } from "~/lib/paths";
import { getCase } from "~/lib/registry";
import { slotParams } from "~/lib/slot-params";

/** A case's page exists in every language. */
export default async function CaseLanguages({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const read = slotParams(await params);
  if (!read) return null;
  const page = read.slug ? await getCase(read.slug) : null;
  return <LanguageSwitcher current={read.locale} alternates={everyLanguage((locale) => (page ? casePath(locale, page.case.slug) : homePath(locale)))} />;
}
