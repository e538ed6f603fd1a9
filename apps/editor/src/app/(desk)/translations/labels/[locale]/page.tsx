import { listLabelTranslationPages } from "@rightsdesk/db/editor";
import { can, isSourceLocale, LABEL_KINDS, type LabelKind, LOCALE_ENGLISH_NAMES, ZLabelListQuery, ZLocale } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";
import { ListPager } from "~/features/shared/ui/list-pager";
import { FilteredOut, LabelFilter } from "~/features/translation/label-filter";
import { LabelListFilters } from "~/features/translation/label-list-filters";
import { LabelTranslationEntry, labelKey } from "~/features/translation/label-translation-item";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const metadata = { title: "Labels and registry texts" };

const SECTIONS: Record<LabelKind, { heading: string; more: string; nothing: string; allDone: string }> = {
  tag: { heading: "Tags", more: "More tags", nothing: "No tags to show.", allDone: "Every tag label is translated and up to date." },
  bio: { heading: "Biographies", more: "More biographies", nothing: "No biographies to show.", allDone: "Every biography is translated and up to date." },
  event: {
    heading: "Case timelines",
    more: "More timeline descriptions",
    nothing: "No timeline descriptions to show.",
    allDone: "Every timeline description is translated and up to date.",
  },
};

/** Tag labels, biographies and timeline descriptions in one language, with what changed in their English since. */
export default async function LabelTranslationsPage({ params, searchParams }: Props) {
  const parsed = ZLocale.safeParse((await params).locale);
  if (!parsed.success || isSourceLocale(parsed.data)) notFound();
  const locale = parsed.data;
  const search = await searchParams;
  const query = ZLabelListQuery.parse(search);
  const [user, pages] = await Promise.all([requireUser(), listLabelTranslationPages(locale, query)]);
  const canWrite = can(user.role, { kind: "registry.translate", locale });
  const kinds = query.kind ? [query.kind] : LABEL_KINDS;
  const needsWork = kinds.flatMap((kind) => pages[kind].items.filter((item) => item.state !== "current").map(labelKey));
  const path = `/translations/labels/${locale}`;

  return (
    <>
      <h1>Labels and registry texts: {LOCALE_ENGLISH_NAMES[locale]}</h1>
      <p>
        <Link href="/translations">All translations</Link>
      </p>
      {!canWrite && <p className="alert info">You can read these translations but not change them.</p>}
      <LabelListFilters action={path} query={query} />
      <LabelFilter needsWork={needsWork}>
        {kinds.map((kind) => {
          const { heading, more, nothing, allDone } = SECTIONS[kind];
          const { items, next } = pages[kind];
          return (
            <section key={kind} aria-labelledby={`${kind}-heading`}>
              <h2 id={`${kind}-heading`}>{heading}</h2>
              {items.length === 0 ? (
                <p className="empty">{nothing}</p>
              ) : (
                <>
                  <FilteredOut itemKeys={items.map(labelKey)}>{allDone}</FilteredOut>
                  <ul className="label-list">
                    {items.map((item) => (
                      <LabelTranslationEntry key={item.id} item={item} locale={locale} canWrite={canWrite} />
                    ))}
                  </ul>
                </>
              )}
              {/* Paging one kind narrows the desk to it, so that the position means one list. */}
              <ListPager path={path} searchParams={{ ...search, kind }} next={next} label={more} />
            </section>
          );
        })}
      </LabelFilter>
    </>
  );
}
