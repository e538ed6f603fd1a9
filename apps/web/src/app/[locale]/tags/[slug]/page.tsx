import { type Metadata } from "next";
import { TagListing } from "~/components/tag-listing";
import { loadTag, tagMetadata } from "~/lib/tag-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on a tag's first visit, then served from the cache until the editor revalidates it (see [locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagMetadata(params);
}

export default async function TagPage({ params }: Props) {
  return <TagListing {...await loadTag(params)} page={1} />;
}
