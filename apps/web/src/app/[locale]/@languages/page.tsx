import { LanguageSwitcher } from "~/components/language-switcher";
import { everyLanguage } from "~/lib/alternates";
import { homePath } from "~/lib/paths";
import { slotParams } from "~/lib/slot-params";

/** The home page's switcher: every language's home. */
export default async function HomeLanguages({ params }: { params: Promise<{ locale: string }> }) {
  const read = slotParams(await params);
  return read ? <LanguageSwitcher current={read.locale} alternates={everyLanguage(homePath)} /> : null;
}
