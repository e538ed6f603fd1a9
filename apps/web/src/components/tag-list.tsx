import { type Locale, type Tag, tagLabel } from "@rightsdesk/domain";
import Link from "next/link";
import { messages } from "~/i18n/messages";
import { tagPath } from "~/lib/paths";

export function TagList({ tags, locale }: { tags: readonly Tag[]; locale: Locale }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={messages(locale).tags}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Link href={tagPath(locale, tag.slug)}>{tagLabel(tag, locale)}</Link>
        </li>
      ))}
    </ul>
  );
}
