import { getArticle, getRevision, listRevisions } from "@rightsdesk/db/editor";
import { can, isLocale, LOCALE_NAMES, MAX_REVISION, plainText } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RestoreRevisionButton } from "~/features/articles/restore-revision-button";
import { TextDiff } from "~/features/articles/revision-diff";
import { requireUser } from "~/features/shared/server/session";

type Props = {
  params: Promise<{ id: string; locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A hand-edited address with a bad number falls back to the default comparison instead of failing.
const ZRevisionNumber = z.coerce.number().int().min(1).max(MAX_REVISION).optional().catch(undefined);
const ZCompare = z.object({ from: ZRevisionNumber, to: ZRevisionNumber });

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: `History (${locale})` };
}

export default async function VersionHistoryPage({ params, searchParams }: Props) {
  const { id, locale } = await params;
  if (!isLocale(locale)) notFound();
  const [user, article, revisions, query] = await Promise.all([requireUser(), getArticle(id), listRevisions(id, locale), searchParams]);
  if (!article) notFound();
  const version = article.versions.find((v) => v.locale === locale);
  const editorHref = `/articles/${article.id}/${locale}`;
  const heading = `History of the ${LOCALE_NAMES[locale]} version`;
  if (!version || revisions.length === 0) {
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
  const compare = ZCompare.parse(query);
  const to = compare.to ?? latest;
  const from = compare.from ?? Math.max(1, to - 1);
  const [before, after] = await Promise.all([getRevision(id, locale, from), getRevision(id, locale, to)]);
  const canEdit = can(user.role, { kind: "version.edit", locale });

  const revisionOptions = revisions.map((revision) => (
    <option key={revision.id} value={revision.number}>
      {revision.number}
    </option>
  ));
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
          {revisions.map((revision) => (
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
      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare</h2>
        <form method="get" className="toolbar-row">
          <label htmlFor="compare-from">Compare revision</label>
          <select id="compare-from" name="from" defaultValue={from}>
            {revisionOptions}
          </select>
          <label htmlFor="compare-to">with revision</label>
          <select id="compare-to" name="to" defaultValue={to}>
            {revisionOptions}
          </select>
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
