-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
