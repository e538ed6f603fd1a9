-- CreateTable
CREATE TABLE "MediaPendingText" (
    "assetId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "alt" TEXT,
    "caption" TEXT,
    "transcript" TEXT,
    "authorId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediaPendingText_pkey" PRIMARY KEY ("assetId","locale")
);

-- CreateIndex
CREATE INDEX "MediaPendingText_updatedAt_idx" ON "MediaPendingText"("updatedAt");

-- AddForeignKey
ALTER TABLE "MediaPendingText" ADD CONSTRAINT "MediaPendingText_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaPendingText" ADD CONSTRAINT "MediaPendingText_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
