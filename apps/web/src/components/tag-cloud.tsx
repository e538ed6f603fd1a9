import { type Locale, type Tag, tagLabel } from "@rightsdesk/domain";
import Link from "next/link";
import { tagPath } from "~/lib/paths";
import { cloudSize } from "~/lib/tag-cloud";

type Props = { entries: readonly { tag: Tag; count: number }[]; locale: Locale; label: string };

/** Tags in the reader's alphabetical order, each sized by its number of articles, which is also written beside it. */
export function TagCloud({ entries, locale, label }: Props) {
  const collator = new Intl.Collator(locale);
  const max = Math.max(...entries.map((entry) => entry.count));
  const sorted = entries.map((entry) => ({ ...entry, label: tagLabel(entry.tag, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  return (
    <ul className="tag-cloud" aria-label={label}>
      {sorted.map((entry) => (
        <li key={entry.tag.id} className={`tag-cloud-size-${cloudSize(entry.count, max)}`}>
          <Link href={tagPath(locale, entry.tag.slug)}>
            {entry.label} <span className="tag-cloud-count">({entry.count})</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
