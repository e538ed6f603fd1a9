-- AlterTable
ALTER TABLE "ArticleVersion" ADD COLUMN     "publishedBaseRevisionId" TEXT,
ADD COLUMN     "publishedRevisionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_publishedRevisionId_key" ON "ArticleVersion"("publishedRevisionId");

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "ArticleRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_publishedBaseRevisionId_fkey" FOREIGN KEY ("publishedBaseRevisionId") REFERENCES "ArticleRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Versions published before this migration showed their latest revision: that stays what readers see.
UPDATE "ArticleVersion" AS v
SET "publishedRevisionId" = r."id", "publishedBaseRevisionId" = v."basedOnRevisionId"
FROM "ArticleRevision" AS r
WHERE r."versionId" = v."id" AND r."number" = v."revision" AND v."status" = 'published';
