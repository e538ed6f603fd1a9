import { type Metadata } from "next";
import { TagListing } from "~/components/tag-listing";
import { pageSegment } from "~/lib/page-param";
import { pageHref } from "~/lib/pagination";
import { tagPath } from "~/lib/paths";
import { loadTag, tagMetadata } from "~/lib/tag-page";

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, tag }, metadata, { page }] = await Promise.all([loadTag(params), tagMetadata(params), params]);
  return { ...metadata, alternates: { ...metadata.alternates, canonical: pageHref(tagPath(locale, tag.slug), pageSegment(page)) } };
}

export default async function LaterTagPage({ params }: Props) {
  return <TagListing {...await loadTag(params)} page={pageSegment((await params).page)} />;
}
