import { listLabelTranslations } from "@rightsdesk/db/editor";
import { can, isSourceLocale, LABEL_KINDS, type LabelKind, LOCALE_ENGLISH_NAMES, ZLocale } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilteredOut, LabelFilter } from "~/features/translation/label-filter";
import { LabelTranslationEntry, labelKey } from "~/features/translation/label-translation-item";
import { requireUser } from "~/features/shared/server/session";

type Props = { params: Promise<{ locale: string }> };

export const metadata = { title: "Labels and registry texts" };

const SECTIONS: Record<LabelKind, { heading: string; nothing: string; allDone: string }> = {
  tag: { heading: "Tags", nothing: "No tags yet.", allDone: "Every tag label is translated and up to date." },
  bio: { heading: "Biographies", nothing: "No person has an English biography yet.", allDone: "Every biography is translated and up to date." },
  event: {
    heading: "Case timelines",
    nothing: "No timeline event has an English description yet.",
    allDone: "Every timeline description is translated and up to date.",
  },
};

/** Tag labels, biographies and timeline descriptions in one language, with what changed in their English since. */
export default async function LabelTranslationsPage({ params }: Props) {
  const parsed = ZLocale.safeParse((await params).locale);
  if (!parsed.success || isSourceLocale(parsed.data)) notFound();
  const locale = parsed.data;
  const [user, list] = await Promise.all([requireUser(), listLabelTranslations(locale)]);
  const canWrite = can(user.role, { kind: "registry.translate", locale });
  const needsWork = LABEL_KINDS.flatMap((kind) => list[kind].filter((item) => item.state !== "current").map(labelKey));

  return (
    <>
      <h1>Labels and registry texts: {LOCALE_ENGLISH_NAMES[locale]}</h1>
      <p>
        <Link href="/translations">All translations</Link>
      </p>
      {!canWrite && <p className="alert info">You can read these translations but not change them.</p>}
      <LabelFilter needsWork={needsWork}>
        {LABEL_KINDS.map((kind) => {
          const { heading, nothing, allDone } = SECTIONS[kind];
          const items = list[kind];
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
            </section>
          );
        })}
      </LabelFilter>
    </>
  );
}
