import { listLabelTranslations } from "@rightsdesk/db";
import { can, isSourceLocale, type LabelKind, LOCALE_ENGLISH_NAMES, ZLocale } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LabelTranslationEntry } from "~/components/label-translation-item";
import { requireUser } from "~/lib/session";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ show?: string }> };

export const metadata = { title: "Labels and registry texts" };

const SECTIONS: { kind: LabelKind; heading: string; nothing: string; allDone: string }[] = [
  { kind: "tag", heading: "Tags", nothing: "No tags yet.", allDone: "Every tag label is translated and up to date." },
  { kind: "bio", heading: "Biographies", nothing: "No person has an English biography yet.", allDone: "Every biography is translated and up to date." },
  {
    kind: "event",
    heading: "Case timelines",
    nothing: "No timeline event has an English description yet.",
    allDone: "Every timeline description is translated and up to date.",
  },
];

/** Tag labels, biographies and timeline descriptions in one language, with what changed in their English since. */
export default async function LabelTranslationsPage({ params, searchParams }: Props) {
  const [{ locale: value }, { show }] = await Promise.all([params, searchParams]);
  const parsed = ZLocale.safeParse(value);
  if (!parsed.success || isSourceLocale(parsed.data)) notFound();
  const locale = parsed.data;
  const [user, list] = await Promise.all([requireUser(), listLabelTranslations(locale)]);
  const canWrite = can(user.role, { kind: "registry.translate", locale });
  const onlyWork = show === "todo";
  const language = LOCALE_ENGLISH_NAMES[locale];
  const base = `/translations/labels/${locale}`;

  return (
    <>
      <h1>Labels and registry texts: {language}</h1>
      <p>
        <Link href="/translations">All translations</Link>
      </p>
      {!canWrite && <p className="alert info">You can read these translations but not change them.</p>}
      <nav aria-label="Which texts to show" className="tabs">
        <Link href={base} aria-current={onlyWork ? undefined : "page"}>
          Everything
        </Link>
        <Link href={`${base}?show=todo`} aria-current={onlyWork ? "page" : undefined}>
          Only missing or outdated
        </Link>
      </nav>
      {SECTIONS.map(({ kind, heading, nothing, allDone }) => {
        const items = list[kind].filter((item) => !onlyWork || item.state !== "current");
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`}>{heading}</h2>
            {items.length === 0 ? (
              <p className="empty">{list[kind].length === 0 ? nothing : allDone}</p>
            ) : (
              <ul className="label-list">
                {items.map((item) => (
                  <LabelTranslationEntry key={item.id} item={item} locale={locale} canWrite={canWrite} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
