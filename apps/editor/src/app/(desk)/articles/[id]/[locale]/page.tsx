import {
  getArticle,
  getArticleRegistryLinks,
  getPublishedRevisionNumber,
  getSourceChangesSince,
  isLatestAuthor,
  languageStatesOf,
  listArticleOldSlugs,
  listMediaByIds,
  listReviewers,
  listTags,
  listTranslators,
} from "@rightsdesk/db/editor";
import { can, isLocale, isSourceLocale, LOCALE_NAMES, LOCALES, SOURCE_LOCALE, TRANSLATION_STATE_LABELS } from "@rightsdesk/domain";
import Link from "next/link";
import { notFound } from "next/navigation";
import { mediaAssetIds } from "@rightsdesk/rich-text";
import { DeleteRecord } from "~/features/shared/ui/delete-record";
import { RegistryLinksPicker } from "~/features/articles/registry-links-picker";
import { SlugEditor } from "~/features/articles/slug-editor";
import { TagPicker } from "~/features/articles/tag-picker";
import { TagSuggestions } from "~/features/articles/tag-suggestions";
import { TranslationRequestForm } from "~/features/translation/translation-request-form";
import { TranslationMedia } from "~/features/translation/translation-media";
import { TranslationTools } from "~/features/translation/translation-tools";
import { TranslationWorkspace } from "~/features/translation/translation-workspace";
import { VersionEditor, type VersionEditorProps } from "~/features/articles/version-editor";
import { env } from "~/features/shared/server/env";
import { requireUser } from "~/features/shared/server/session";

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: `Edit (${locale})` };
}

export default async function EditVersionPage({ params }: Props) {
  const { id, locale } = await params;
  if (!isLocale(locale)) notFound();
  const user = await requireUser();
  const translating = !isSourceLocale(locale);
  const [article, tags, links, reviewers, isAuthor, oldSlugs, languages, changes, publishedRevision] = await Promise.all([
    getArticle(id),
    listTags(),
    getArticleRegistryLinks(id),
    listReviewers({ articleId: id, locale }),
    isLatestAuthor(id, locale, user.id),
    listArticleOldSlugs(id),
    languageStatesOf(id),
    translating ? getSourceChangesSince(id, locale) : null,
    getPublishedRevisionNumber(id, locale),
  ]);
  if (!article || !languages) notFound();

  const source = article.versions.find((v) => v.locale === SOURCE_LOCALE);
  const version = article.versions.find((v) => v.locale === locale);
  // A new translation starts as a copy of the source, so the translator keeps its structure.
  const start = version ?? source;
  if (!start) notFound();
  const canEdit = can(user.role, { kind: "version.edit", locale });
  const [translators, media] = await Promise.all([
    can(user.role, { kind: "translation.request" }) ? listTranslators() : null,
    translating && source ? listMediaByIds(mediaAssetIds(source.body)) : [],
  ]);
  // Beside the text under the publishing controls, as the boxes of a WordPress sidebar.
  const sidebar = (
    <>
      {version && (
        <p className="sidebar-note">
          <Link href={`/articles/${article.id}/${locale}/history`}>History</Link> of this language version
        </p>
      )}
      <aside aria-label="Address">
        <SlugEditor
          articleId={article.id}
          slug={article.slug}
          oldSlugs={oldSlugs}
          title={source?.title ?? ""}
          publicSiteUrl={env.PUBLIC_SITE_URL}
          locale={locale}
          canEdit={can(user.role, { kind: "article.slug" })}
        />
      </aside>
      {can(user.role, { kind: "article.tag" }) && (
        <aside aria-label="Suggestions">
          <TagSuggestions articleId={article.id} />
        </aside>
      )}
      <aside aria-label="Tags">
        <h2 className="label">Tags</h2>
        <TagPicker
          // Remounted when the tags change elsewhere (an accepted suggestion), so it never saves a stale list.
          key={article.tags.map((t) => t.id).join()}
          articleId={article.id}
          tags={tags}
          selected={article.tags.map((t) => t.id)}
          canEdit={can(user.role, { kind: "article.tag" })}
        />
      </aside>
      <aside aria-label="People and cases in this story">
        <RegistryLinksPicker
          key={[...links.persons, ...links.cases].map((link) => link.id).join()}
          articleId={article.id}
          persons={links.persons}
          cases={links.cases}
          canEdit={can(user.role, { kind: "article.tag" })}
        />
      </aside>
      {translators && (
        <aside aria-labelledby="request-translations">
          <h2 id="request-translations" className="label">
            Request translations
          </h2>
          <TranslationRequestForm articleId={article.id} translators={translators} />
        </aside>
      )}
    </>
  );
  const editorProps: VersionEditorProps = {
    articleId: article.id,
    locale,
    initial: { title: start.title, summary: start.summary, body: start.body, revision: version?.revision ?? 0 },
    canEdit,
    workflow: {
      role: user.role,
      isAuthor,
      reviewers,
      initial: {
        status: version?.status ?? "draft",
        reviewerId: version?.reviewerId ?? null,
        scheduledAt: version?.scheduledAt ?? null,
        publishedRevision,
      },
      publicUrl: `${env.PUBLIC_SITE_URL}/${locale}/articles/${article.slug}`,
    },
    sidebar,
  };

  return (
    <>
      <h1>{source?.title ?? article.slug}</h1>
      <nav className="tabs" aria-label="Language versions">
        {LOCALES.map((code) => (
          <Link key={code} href={`/articles/${article.id}/${code}`} aria-current={code === locale ? "page" : undefined}>
            {LOCALE_NAMES[code]} · {TRANSLATION_STATE_LABELS[languages[code].state]}
          </Link>
        ))}
      </nav>
      {version && translating && <TranslationTools articleId={article.id} locale={locale} revision={version.revision} canEdit={canEdit} changes={changes} />}
      {!version && (
        <p className="alert info">
          There is no {LOCALE_NAMES[locale]} version yet. The text below is a copy of the source to translate; the first save creates the translation.
        </p>
      )}
      {translating && source ? (
        <>
          <TranslationWorkspace
            key={`${article.id}:${locale}`}
            source={{ title: source.title, summary: source.summary, body: source.body, revision: source.revision }}
            // A new translation starts as a copy of the current source, so that is its base.
            base={version ? (changes?.base ? { revision: changes.base.number, body: changes.base.body } : null) : { revision: source.revision, body: source.body }}
            editor={editorProps}
          />
          <TranslationMedia items={media.map(({ createdAt: _createdAt, ...item }) => item)} locale={locale} role={user.role} />
        </>
      ) : (
        <VersionEditor key={`${article.id}:${locale}`} {...editorProps} />
      )}
      {can(user.role, { kind: "article.delete" }) && (
        <DeleteRecord
          remove={{ endpoint: "deleteArticle", params: { id: article.id } }}
          what="this article"
          listHref="/"
          consequences="Every language version, with its revisions, tags and links to people and cases, is deleted, and readers get “not found” at its address."
          kept="The audit log keeps its title and address."
        />
      )}
    </>
  );
}
