-- CreateIndex
CREATE INDEX "ArticleVersion_locale_title_articleId_idx" ON "ArticleVersion"("locale", "title", "articleId");
