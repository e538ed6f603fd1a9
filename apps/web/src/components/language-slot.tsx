import { type Locale } from "@rightsdesk/domain";
import { everyLanguage } from "~/lib/alternates";
import { slotParams } from "~/lib/slot-params";
import { LanguageSwitcher } from "./language-switcher";

/** The `@languages` slot of a page that exists in every language at `path`: the switcher links to it in each. */
export function languageSlot(path: (locale: Locale) => string) {
  return async function PageLanguages({ params }: { params: Promise<{ locale: string }> }) {
    const read = slotParams(await params);
    return read ? <LanguageSwitcher current={read.locale} alternates={everyLanguage(path)} /> : null;
  };
}
