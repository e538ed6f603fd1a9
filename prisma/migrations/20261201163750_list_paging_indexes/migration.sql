-- DropIndex
DROP INDEX "AuditEvent_at_idx";

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at" DESC);

-- CreateIndex
CREATE INDEX "MediaAsset_createdAt_id_idx" ON "MediaAsset"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Person_name_id_idx" ON "Person"("name", "id");

-- CreateIndex
CREATE INDEX "Case_createdAt_id_idx" ON "Case"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Organisation_name_id_idx" ON "Organisation"("name", "id");

-- The editor's article list finds a word anywhere in any language's title or summary (ILIKE '%word%'):
-- trigram indexes answer that without reading every version (pg_trgm comes with the public search's migration).
CREATE INDEX "ArticleVersion_title_trgm_idx" ON "ArticleVersion" USING gin ("title" gin_trgm_ops);
CREATE INDEX "ArticleVersion_summary_trgm_idx" ON "ArticleVersion" USING gin ("summary" gin_trgm_ops);
