-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "searchText" TEXT;

-- The people list and the pickers look for fragments of this text (LIKE '%…%'): a trigram index answers that
-- without reading every person (pg_trgm comes with the public search's migration). People saved before this
-- column have none until they are saved again or `backfillPersonSearchText` runs, and are matched in the server.
CREATE INDEX "Person_searchText_trgm_idx" ON "Person" USING gin ("searchText" gin_trgm_ops);
