-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "searchText" TEXT;

-- As for people (Person_searchText_trgm_idx): fragments of these texts are looked for with LIKE '%…%' and
-- misspellings by trigram likeness; a trigram index answers both without reading every case or organisation.
-- Cases and organisations saved before this column have none until saved again or `pnpm db:migrate` writes it.
CREATE INDEX "Case_searchText_trgm_idx" ON "Case" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Organisation_searchText_trgm_idx" ON "Organisation" USING gin ("searchText" gin_trgm_ops);

-- A misspelt name is looked for among people by trigram word likeness, likest first: a GiST index answers that
-- ordered by distance (`<->>`) in a few milliseconds, where PostgreSQL otherwise compares every person's names.
CREATE INDEX "Person_searchText_gist_idx" ON "Person" USING gist ("searchText" gist_trgm_ops);
