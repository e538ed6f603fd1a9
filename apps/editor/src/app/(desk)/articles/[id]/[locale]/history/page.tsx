import { getArticle, getRevision, listRevisions } from "@rightsdesk/db/editor";
import { can, isLocale, LOCALE_NAMES, plainText, ZRevisionHistoryQuery } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "~/features/articles/restore-revision-button";
import { TextDiff } from "~/features/articles/revision-diff";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";
import { ListPager } from "~/features/shared/ui/list-pager";

type Props = {
  params: Promise<{ id: string; locale: string }>;
  searchParams: Promise<SearchParams>;
};

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: `History (${locale})` };
}

export default async function VersionHistoryPage({ params, searchParams }: Props) {
  const { id, locale } = await params;
  if (!isLocale(locale)) notFound();
  const raw = await searchParams;
  // A hand-edited address with a bad number or position falls back to the default comparison and the list's start.
  const query = ZRevisionHistoryQuery.parse(raw);
  const [user, article, revisions] = await Promise.all([requireUser(), getArticle(id), listRevisions(id, locale, query.after)]);
  if (!article) notFound();
  const version = article.versions.find((v) => v.locale === locale);
  const editorHref = `/articles/${article.id}/${locale}`;
  const heading = `History of the ${LOCALE_NAMES[locale]} version`;
  if (!version || (revisions.items.length === 0 && !query.after)) {
    return (
      <>
        <h1>{heading}</h1>
        <p className="empty">
          This language version has not been saved yet. <Link href={editorHref}>Back to the editor</Link>
        </p>
      </>
    );
  }

  // Revisions are listed newest first: by default the latest save is compared with the one before it.
  const latest = version.revision;
  const to = query.to ?? latest;
  const from = query.from ?? Math.max(1, to - 1);
  const [before, after] = await Promise.all([getRevision(id, locale, from), getRevision(id, locale, to)]);
  const canEdit = can(user.role, { kind: "version.edit", locale });
  return (
    <>
      <h1>{heading}</h1>
      <p>
        <Link href={editorHref}>Back to the editor</Link> · {version.title}
      </p>
      <table>
        <caption className="label">Revisions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">Author</th>
            <th scope="col">Saved (UTC)</th>
            <th scope="col">Title</th>
            {canEdit && <th scope="col">Restore</th>}
          </tr>
        </thead>
        <tbody>
          {revisions.items.map((revision) => (
            <tr key={revision.id}>
              <th scope="row">{revision.number}</th>
              <td>{revision.author.name}</td>
              <td>{dateTime.format(revision.createdAt)}</td>
              <td>{revision.title}</td>
              {canEdit && (
                <td>
                  {revision.number === latest ? (
                    <span className="save-state">Current</span>
                  ) : (
                    <RestoreRevisionButton articleId={article.id} locale={locale} number={revision.number} baseRevision={latest} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {revisions.items.length === 0 && <p className="empty">No revisions before these. <Link href={`${editorHref}/history`}>Back to the newest</Link></p>}
      <ListPager path={`${editorHref}/history`} searchParams={raw} next={revisions.next} label="More revisions" />
      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare</h2>
        <form method="get" className="toolbar-row">
          {/* Numbers, not lists of every revision: a long-edited version has thousands. */}
          <label htmlFor="compare-from">Compare revision</label>
          <input id="compare-from" name="from" type="number" min={1} max={latest} required defaultValue={from} />
          <label htmlFor="compare-to">with revision</label>
          <input id="compare-to" name="to" type="number" min={1} max={latest} required defaultValue={to} />
          {typeof raw.after === "string" && <input type="hidden" name="after" value={raw.after} />}
          <button type="submit">Compare</button>
        </form>
        {before && after ? (
          <>
            <p className="save-state">
              Revision {before.number} compared with revision {after.number}: <del>removed text</del>, <ins>added text</ins>.
            </p>
            <TextDiff label="Title" before={before.title} after={after.title} />
            <TextDiff label="Summary" before={before.summary} after={after.summary} />
            <TextDiff label="Body" before={plainText(before.body)} after={plainText(after.body)} />
          </>
        ) : (
          <p className="alert error">There is no such revision of this language version; choose one from the lists.</p>
        )}
      </section>
    </>
  );
}
