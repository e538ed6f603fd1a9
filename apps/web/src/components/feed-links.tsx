import { type Locale } from "@rightsdesk/domain";
import { feedPath } from "~/lib/paths";

/** Feed autodiscovery: React places these links in the document's head wherever they are rendered. */
export function FeedLinks({ locale, title, tagSlug }: { locale: Locale; title: string; tagSlug?: string }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={feedPath(locale, "rss", tagSlug)} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={feedPath(locale, "atom", tagSlug)} />
    </>
  );
}
