import { type Locale } from "@rightsdesk/domain";
import { type LocalizedChoice } from "~/lib/localized";

/**
 * A registry text; in English when it is not translated yet, then marked `lang="en"` so that
 * screen readers switch voice and hyphenation follows the right rules.
 */
export function LocalizedText({ choice, locale, as: Tag = "span" }: { choice: LocalizedChoice; locale: Locale; as?: "span" | "p" }) {
  return <Tag lang={choice.locale === locale ? undefined : choice.locale}>{choice.text}</Tag>;
}
