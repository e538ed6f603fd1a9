import { type Metadata } from "next";
import { EmptyState } from "~/components/empty-state";
import { TagCloud } from "~/components/tag-cloud";
import { messages } from "~/i18n/messages";
import { listTagCounts } from "~/lib/archive";
import { indexMetadata } from "~/lib/index-page";
import { localeParam } from "~/lib/locale-param";
import { archivePath, tagsPath } from "~/lib/paths";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return indexMetadata(params, tagsPath, (t) => ({ title: t.topics, description: t.topicsDescription }));
}

export default async function TagsPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  const t = messages(locale);
  const entries = await listTagCounts(locale);
  const sections = [
    { id: "countries", title: t.countries, entries: entries.filter((entry) => entry.tag.kind === "country") },
    { id: "topics", title: t.topicsHeading, entries: entries.filter((entry) => entry.tag.kind === "topic") },
  ].filter((section) => section.entries.length > 0);
  return (
    <>
      <h1>{t.topics}</h1>
      <p className="page-intro">{t.topicsDescription}</p>
      {sections.length === 0 ? (
        <EmptyState message={t.noTopics} showAll={{ href: archivePath(locale), label: t.showAllArchive }} />
      ) : (
        sections.map((section) => (
          <section key={section.id} aria-labelledby={`tags-${section.id}`}>
            <h2 id={`tags-${section.id}`}>{section.title}</h2>
            <TagCloud entries={section.entries} locale={locale} label={section.title} />
          </section>
        ))
      )}
    </>
  );
}
