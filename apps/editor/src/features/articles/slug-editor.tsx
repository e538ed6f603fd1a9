"use client";

import { type Locale, LOCALE_NAMES, slugify } from "@rightsdesk/domain";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { Fold } from "~/features/shared/ui/disclosure";
import { FieldError } from "~/features/shared/ui/field-error";

type Props = {
  articleId: string;
  slug: string;
  /** Former slugs that still redirect here. */
  oldSlugs: readonly string[];
  /** The source-language title, which a suggested slug is made from. */
  title: string;
  publicSiteUrl: string;
  /** The language shown: its readers' address is the one given. */
  locale: Locale;
  canEdit: boolean;
};

/** The article's address, shared by every language; a published article's old address keeps redirecting. */
export function SlugEditor({ articleId, slug, oldSlugs, title, publicSiteUrl, locale, canEdit }: Props) {
  const router = useRouter();
  const [current, setCurrent] = useState(slug);
  const [value, setValue] = useState(slug);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    const result = await callApi("changeArticleSlug", { params: { id: articleId }, body: { slug: value } });
    setSaving(false);
    if (!result.ok) {
      setError(result.fields?.slug ?? result.error);
      return;
    }
    setError(undefined);
    setCurrent(result.data.slug);
    setValue(result.data.slug);
    setSaved(true);
    // The page's other links (View on site) are built from the slug on the server.
    router.refresh();
  }

  const publicUrl = `${publicSiteUrl}/${locale}/articles/${current}`;
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Address">
      <label htmlFor="article-slug">Slug</label>
      <input
        id="article-slug"
        type="text"
        value={value}
        readOnly={!canEdit}
        spellCheck={false}
        aria-describedby="article-slug-url article-slug-error"
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setSaved(false);
        }}
      />
      <FieldError id="article-slug-error" message={error} />
      <p id="article-slug-url" className="save-state">
        Public address in {LOCALE_NAMES[locale]}: <a href={publicUrl}>{publicUrl}</a>
        <br />
        Every language shares this slug.
      </p>
      {canEdit && (
        <div className="toolbar-row">
          <button type="button" onClick={() => setValue(slugify(title))} disabled={!slugify(title)}>
            Suggest from title
          </button>
          <button type="submit" disabled={saving || value === current}>
            Change address
          </button>
        </div>
      )}
      {oldSlugs.length > 0 && (
        <Fold label={`Old addresses that redirect here (${oldSlugs.length})`} className="save-state">
          <ul>
            {oldSlugs.map((old) => (
              <li key={old}>
                <code>{old}</code>
              </li>
            ))}
          </ul>
        </Fold>
      )}
      <p role="status" className="save-state saved">
        {saved ? "Address changed. If the article was published, its old address now redirects here." : null}
      </p>
    </form>
  );
}
