import { getArticle, getArticleRegistryLinks, listCases, listPersons, listTags, outdatedLocales } from "@rightsdesk/db";
import { can, isLocale, LOCALE_NAMES, LOCALES, SOURCE_LOCALE } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistryLinksPicker } from "~/components/registry-links-picker";
import { TagPicker } from "~/components/tag-picker";
import { TranslationTools } from "~/components/translation-tools";
import { VersionEditor } from "~/components/version-editor";
import { env } from "~/lib/env";
import { requireUser } from "~/lib/session";

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: `Edit (${locale})` };
}

export default async function EditVersionPage({ params }: Props) {
  const { id, locale } = await params;
  if (!isLocale(locale)) notFound();
  const [user, article, tags, persons, cases, links, outdated] = await Promise.all([
    requireUser(),
    getArticle(id),
    listTags(),
    listPersons(),
    listCases(),
    getArticleRegistryLinks(id),
    outdatedLocales(id),
  ]);
  if (!article) notFound();

  const source = article.versions.find((v) => v.locale === SOURCE_LOCALE);
  const version = article.versions.find((v) => v.locale === locale);
  // A new translation starts as a copy of the source, so the translator keeps its structure.
  const start = version ?? source;
  if (!start) notFound();
  const canEdit = can(user.role, { kind: "version.edit", locale });
  const canPublish = can(user.role, { kind: "version.publish", locale });
  const statusOf = new Map(article.versions.map((v) => [v.locale, v.status]));

  return (
    <>
      <h1>{source?.title ?? article.slug}</h1>
      <nav className="tabs" aria-label="Language versions">
        {LOCALES.map((code) => (
          <Link key={code} href={`/articles/${article.id}/${code}`} aria-current={code === locale ? "page" : undefined}>
            {LOCALE_NAMES[code]} · {statusOf.get(code) ?? "not started"}
            {outdated.has(code) && " · outdated"}
          </Link>
        ))}
      </nav>
      {version && (
        <p>
          <Link href={`/articles/${article.id}/${locale}/history`}>History</Link> of this language version
        </p>
      )}
      {version && <TranslationTools articleId={article.id} locale={locale} revision={version.revision} canEdit={canEdit} />}
      {!version && (
        <p className="alert info">
          There is no {LOCALE_NAMES[locale]} version yet. The text below is a copy of the source to translate; the first save creates the translation.
        </p>
      )}
      <div className="editor-layout">
        <div className="card">
          <VersionEditor
            key={`${article.id}:${locale}`}
            articleId={article.id}
            locale={locale}
            initial={{
              title: start.title,
              summary: start.summary,
              body: start.body,
              revision: version?.revision ?? 0,
              status: version?.status ?? "draft",
            }}
            canEdit={canEdit}
            canPublish={canPublish}
            publicUrl={`${env.PUBLIC_SITE_URL}/${locale}/articles/${article.slug}`}
          />
        </div>
        <div>
          <aside aria-label="Tags">
            <h2 className="label">Tags</h2>
            <TagPicker
              articleId={article.id}
              tags={tags}
              selected={article.tags.map((t) => t.id)}
              canEdit={can(user.role, { kind: "article.tag" })}
            />
          </aside>
          <aside aria-label="People and cases in this story">
            <RegistryLinksPicker
              articleId={article.id}
              persons={persons.map((person) => ({ id: person.id, label: person.name }))}
              cases={cases.map((item) => ({ id: item.id, label: item.title.en ?? item.slug }))}
              selected={links}
              canEdit={can(user.role, { kind: "article.tag" })}
            />
          </aside>
        </div>
      </div>
    </>
  );
}
