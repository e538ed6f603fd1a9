-- A GIN index keeps new entries in a pending list, unsorted, until a vacuum or 4 MB of them moves them into the
-- index, and every search reads that whole list. The embedded database never vacuums on its own, and a server
-- between two vacuums has one too: with 30,000 published versions the index of titles and summaries held 375 pages
-- of it, read by every search. These indexes are written when an article is published or a registry record saved, and
-- read on every search, so new entries go straight into them. (ArticleVersion's are written by every save while
-- a writer types, which is what the pending list is for; they keep it.)
ALTER INDEX "ArticleSearch_locale_document_idx" SET (fastupdate = off);
ALTER INDEX "ArticleSearch_locale_heading_idx" SET (fastupdate = off);
ALTER INDEX "ArticleSearch_title_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Person_searchText_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Case_searchText_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Organisation_searchText_trgm_idx" SET (fastupdate = off);

-- What is pending already goes in now (turning the list off does not empty it).
SELECT gin_clean_pending_list(pending.index::regclass) FROM unnest(ARRAY[
  '"ArticleSearch_locale_document_idx"', '"ArticleSearch_locale_heading_idx"', '"ArticleSearch_title_trgm_idx"',
  '"Person_searchText_trgm_idx"', '"Case_searchText_trgm_idx"', '"Organisation_searchText_trgm_idx"'
]) AS pending(index);
