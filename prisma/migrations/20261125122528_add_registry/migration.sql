-- CreateEnum
CREATE TYPE "Confidentiality" AS ENUM ('public', 'internal');

-- CreateEnum
CREATE TYPE "PersonStatus" AS ENUM ('free', 'detained', 'in_exile', 'deceased', 'unknown');

-- CreateEnum
CREATE TYPE "NameScript" AS ENUM ('latin', 'cyrillic', 'other');

-- CreateEnum
CREATE TYPE "NameKind" AS ENUM ('official', 'transliteration', 'former');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('extradition_request', 'deportation', 'criminal_prosecution', 'detention', 'interpol_notice', 'asylum_procedure');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('extradition_refused', 'extradition_granted', 'released', 'convicted', 'acquitted', 'deported', 'returned', 'pending');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('subject', 'co_defendant', 'witness', 'family_member');

-- CreateEnum
CREATE TYPE "ProtectionType" AS ENUM ('refugee_status', 'asylum', 'subsidiary_protection', 'international_protection', 'humanitarian_protection', 'diplomatic_protection', 'extradition_refusal');

-- CreateEnum
CREATE TYPE "ProtectionStatus" AS ENUM ('granted', 'refused', 'revoked', 'pending');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ngo', 'court', 'parliament', 'media', 'government', 'international_body');

-- CreateEnum
CREATE TYPE "RelationshipKind" AS ENUM ('spouse', 'child', 'parent', 'sibling', 'colleague');

-- CreateEnum
CREATE TYPE "RegistryEntity" AS ENUM ('person', 'case', 'protection', 'organisation');

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "birthYear" INTEGER,
    "birthMonth" INTEGER,
    "birthDay" INTEGER,
    "nationalities" TEXT[],
    "roles" TEXT[],
    "status" "PersonStatus" NOT NULL DEFAULT 'unknown',
    "bio" JSONB NOT NULL DEFAULT '{}',
    "confidentiality" "Confidentiality" NOT NULL DEFAULT 'internal',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonNameVariant" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "script" "NameScript" NOT NULL,
    "locale" TEXT,
    "kind" "NameKind" NOT NULL,

    CONSTRAINT "PersonNameVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonInternal" (
    "personId" TEXT NOT NULL,
    "currentLocation" TEXT,
    "contactNotes" TEXT,
    "riskAssessment" TEXT,

    CONSTRAINT "PersonInternal_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "PersonRelationship" (
    "personId" TEXT NOT NULL,
    "relatedPersonId" TEXT NOT NULL,
    "kind" "RelationshipKind" NOT NULL,

    CONSTRAINT "PersonRelationship_pkey" PRIMARY KEY ("personId","relatedPersonId","kind")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "requestingStates" TEXT[],
    "onBehalfOf" TEXT[],
    "venueState" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "outcome" "CaseOutcome",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "day" INTEGER,
    "kind" TEXT NOT NULL,
    "description" JSONB NOT NULL,
    "sourceUrl" TEXT,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseParticipant" (
    "caseId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "CaseParticipant_pkey" PRIMARY KEY ("caseId","personId")
);

-- CreateTable
CREATE TABLE "Protection" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "type" "ProtectionType" NOT NULL,
    "grantingState" TEXT NOT NULL,
    "year" INTEGER,
    "month" INTEGER,
    "day" INTEGER,
    "status" "ProtectionStatus" NOT NULL,
    "sourceUrl" TEXT,
    "sourceArticleId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Protection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "country" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePerson" (
    "articleId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "ArticlePerson_pkey" PRIMARY KEY ("articleId","personId")
);

-- CreateTable
CREATE TABLE "ArticleCase" (
    "articleId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,

    CONSTRAINT "ArticleCase_pkey" PRIMARY KEY ("articleId","caseId")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "entity" "RegistryEntity" NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("entity","fromSlug")
);

-- CreateTable
CREATE TABLE "RegistryChange" (
    "id" TEXT NOT NULL,
    "entity" "RegistryEntity" NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "RegistryChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_confidentiality_idx" ON "Person"("confidentiality");

-- CreateIndex
CREATE UNIQUE INDEX "PersonNameVariant_personId_script_name_key" ON "PersonNameVariant"("personId", "script", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Case_slug_key" ON "Case"("slug");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_idx" ON "CaseEvent"("caseId");

-- CreateIndex
CREATE INDEX "Protection_personId_idx" ON "Protection"("personId");

-- CreateIndex
CREATE INDEX "Protection_grantingState_idx" ON "Protection"("grantingState");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "ArticlePerson_personId_idx" ON "ArticlePerson"("personId");

-- CreateIndex
CREATE INDEX "ArticleCase_caseId_idx" ON "ArticleCase"("caseId");

-- CreateIndex
CREATE INDEX "RegistryChange_entity_entityId_at_idx" ON "RegistryChange"("entity", "entityId", "at");

-- AddForeignKey
ALTER TABLE "PersonNameVariant" ADD CONSTRAINT "PersonNameVariant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonInternal" ADD CONSTRAINT "PersonInternal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRelationship" ADD CONSTRAINT "PersonRelationship_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRelationship" ADD CONSTRAINT "PersonRelationship_relatedPersonId_fkey" FOREIGN KEY ("relatedPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParticipant" ADD CONSTRAINT "CaseParticipant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParticipant" ADD CONSTRAINT "CaseParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Protection" ADD CONSTRAINT "Protection_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Protection" ADD CONSTRAINT "Protection_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePerson" ADD CONSTRAINT "ArticlePerson_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePerson" ADD CONSTRAINT "ArticlePerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCase" ADD CONSTRAINT "ArticleCase_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCase" ADD CONSTRAINT "ArticleCase_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistryChange" ADD CONSTRAINT "RegistryChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
