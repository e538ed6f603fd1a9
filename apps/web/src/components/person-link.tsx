import { displayName, type Locale } from "@rightsdesk/domain";
import { type PersonRef } from "@rightsdesk/db/public";
import Link from "next/link";
import { personPath } from "~/lib/paths";

/** A person's name in the reader's script, linked to their page. */
export function PersonLink({ person, locale }: { person: PersonRef; locale: Locale }) {
  return <Link href={personPath(locale, person.slug)}>{displayName(person, locale)}</Link>;
}
