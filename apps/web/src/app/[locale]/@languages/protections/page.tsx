import { LanguageSwitcher } from "~/components/language-switcher";
import { everyLanguage } from "~/lib/alternates";
import { protectionsPath } from "~/lib/paths";
import { slotParams } from "~/lib/slot-params";

export default async function ProtectionsLanguages({ params }: { params: Promise<{ locale: string }> }) {
  const read = slotParams(await params);
  return read ? <LanguageSwitcher current={read.locale} alternates={everyLanguage(protectionsPath)} /> : null;
}
