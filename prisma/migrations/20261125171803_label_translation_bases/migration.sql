-- AlterTable
ALTER TABLE "TagLabel" ADD COLUMN     "sourceText" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "bioSource" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "CaseEvent" ADD COLUMN     "descriptionSource" JSONB NOT NULL DEFAULT '{}';
