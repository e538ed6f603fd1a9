-- CreateTable
CREATE TABLE "TranslationAssignment" (
    "articleId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "assigneeId" TEXT,
    "dueAt" TIMESTAMP(3),
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TranslationAssignment_pkey" PRIMARY KEY ("articleId","locale")
);

-- CreateIndex
CREATE INDEX "TranslationAssignment_assigneeId_dueAt_idx" ON "TranslationAssignment"("assigneeId", "dueAt");

-- AddForeignKey
ALTER TABLE "TranslationAssignment" ADD CONSTRAINT "TranslationAssignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationAssignment" ADD CONSTRAINT "TranslationAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationAssignment" ADD CONSTRAINT "TranslationAssignment_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
