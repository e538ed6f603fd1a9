-- CreateTable
CREATE TABLE "ArticleSearch" (
    "versionId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "document" tsvector NOT NULL,
    "heading" tsvector NOT NULL,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("versionId")
);

-- CreateIndex
CREATE INDEX "ArticleSearch_articleId_idx" ON "ArticleSearch"("articleId");

-- CreateIndex
CREATE INDEX "ArticleSearch_locale_publishedAt_idx" ON "ArticleSearch"("locale", "publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Search needs three contrib extensions, which PostgreSQL (postgresql-contrib) and PGlite both ship.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- unaccent with its dictionary named, so that it can be IMMUTABLE: a query's tsquery is then computed
-- once when the statement is planned, not once per row.
CREATE FUNCTION rd_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, $1)
$$;

-- The text search configuration of a language: PostgreSQL stems English, Russian, French and German;
-- Polish and Ukrainian have no configuration of their own and get 'simple' (whole words, no stemming).
CREATE FUNCTION rd_search_config(locale text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE locale WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' ELSE 'simple' END)::regconfig
$$;

-- The words of a rich-text document: its text nodes in order. A mention's label is an attribute, not
-- text, so a withheld (internal) record's name never reaches the index.
CREATE FUNCTION rd_document_text(doc jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(node #>> '{}', ' '), '') FROM jsonb_path_query(doc, 'strict $.**.text') AS node
$$;

-- Keeps a version's row in step with what readers see: the published revision while it is published, nothing otherwise.
CREATE FUNCTION rd_index_published_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ArticleSearch" WHERE "versionId" = NEW.id;
  IF NEW.status = 'published' AND NEW."publishedRevisionId" IS NOT NULL THEN
    INSERT INTO "ArticleSearch" ("versionId", "articleId", "locale", "title", "summary", "content", "publishedAt", "heading", "document")
    SELECT NEW.id, NEW."articleId", NEW.locale, r.title, r.summary, t.content, NEW."publishedAt", h.heading,
      h.heading || setweight(to_tsvector(rd_search_config(NEW.locale), rd_unaccent(t.content)), 'C')
    FROM "ArticleRevision" r,
      LATERAL (SELECT rd_document_text(r.body) AS content) t,
      LATERAL (SELECT setweight(to_tsvector(rd_search_config(NEW.locale), rd_unaccent(r.title)), 'A') ||
                      setweight(to_tsvector(rd_search_config(NEW.locale), rd_unaccent(r.summary)), 'B') AS heading) h
    WHERE r.id = NEW."publishedRevisionId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArticleVersion_search"
  AFTER INSERT OR UPDATE OF status, "publishedRevisionId", "publishedAt", locale ON "ArticleVersion"
  FOR EACH ROW EXECUTE FUNCTION rd_index_published_version();

-- One index for "in this language, these words": matching rows come from the index without reading their text.
CREATE INDEX "ArticleSearch_locale_document_idx" ON "ArticleSearch" USING gin ("locale", "document");
-- The same for titles and summaries, so that an old article whose title matches is always among the ranked.
CREATE INDEX "ArticleSearch_locale_heading_idx" ON "ArticleSearch" USING gin ("locale", "heading");
-- Misspelt titles: trigram similarity.
CREATE INDEX "ArticleSearch_title_trgm_idx" ON "ArticleSearch" USING gin (lower("title") gin_trgm_ops);

-- Index what is published already.
UPDATE "ArticleVersion" SET status = status WHERE status = 'published';
