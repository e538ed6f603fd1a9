import {
  type Case,
  isLocale,
  type NameVariant,
  type PartialDate,
  type Person,
  type PersonWithInternal,
  type Protection,
  sortTimeline,
} from "@rightsdesk/domain";
import { type Prisma } from "../generated/prisma/client";
import { toLocalized } from "../mappers";

/*
 * Row ↔ domain conversions for the registry (those every concept shares are in ../mappers.ts). The public
 * selections here name every column they read, so that nothing internal can come along by accident.
 */

export function toPartialDate(row: { year: number | null; month: number | null; day: number | null }): PartialDate | null {
  if (row.year === null) return null;
  return { year: row.year, ...(row.month !== null && { month: row.month }), ...(row.day !== null && { day: row.day }) };
}

export function fromPartialDate(date: PartialDate | null) {
  return { year: date?.year ?? null, month: date?.month ?? null, day: date?.day ?? null };
}

export const publicPersonSelect = {
  id: true,
  slug: true,
  name: true,
  birthYear: true,
  birthMonth: true,
  birthDay: true,
  nationalities: true,
  roles: true,
  status: true,
  bio: true,
  confidentiality: true,
  variants: { select: { name: true, script: true, locale: true, kind: true }, orderBy: { id: "asc" } },
} satisfies Prisma.PersonSelect;

export const editorPersonSelect = {
  ...publicPersonSelect,
  version: true,
  internal: { select: { currentLocation: true, contactNotes: true, riskAssessment: true } },
} satisfies Prisma.PersonSelect;

type PublicPersonRow = Prisma.PersonGetPayload<{ select: typeof publicPersonSelect }>;
type EditorPersonRow = Prisma.PersonGetPayload<{ select: typeof editorPersonSelect }>;

export function toVariants(rows: { name: string; script: NameVariant["script"]; locale: string | null; kind: NameVariant["kind"] }[]): NameVariant[] {
  return rows.map((v) => ({ ...v, locale: v.locale !== null && isLocale(v.locale) ? v.locale : null }));
}

export function toPerson(row: PublicPersonRow): Person {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    variants: toVariants(row.variants),
    birth: toPartialDate({ year: row.birthYear, month: row.birthMonth, day: row.birthDay }),
    nationalities: row.nationalities,
    roles: row.roles,
    status: row.status,
    bio: toLocalized(row.bio),
    confidentiality: row.confidentiality,
  };
}

export function toPersonWithInternal(row: EditorPersonRow): PersonWithInternal & { version: number } {
  const notes = row.internal;
  return {
    ...toPerson(row),
    version: row.version,
    internalNotes: {
      currentLocation: notes?.currentLocation ?? undefined,
      contactNotes: notes?.contactNotes ?? undefined,
      riskAssessment: notes?.riskAssessment ?? undefined,
    },
  };
}

export const caseSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  requestingStates: true,
  onBehalfOf: true,
  venueState: true,
  status: true,
  outcome: true,
  events: { select: { year: true, month: true, day: true, kind: true, description: true, sourceUrl: true } },
} satisfies Prisma.CaseSelect;

export function toCase(row: Prisma.CaseGetPayload<{ select: typeof caseSelect }>): Case {
  return {
    id: row.id,
    slug: row.slug,
    title: toLocalized(row.title),
    kind: row.kind,
    requestingStates: row.requestingStates,
    onBehalfOf: row.onBehalfOf,
    venueState: row.venueState,
    status: row.status,
    outcome: row.outcome,
    timeline: sortTimeline(
      row.events.map((event) => ({
        date: toPartialDate(event) ?? { year: event.year },
        kind: event.kind,
        description: toLocalized(event.description),
        sourceUrl: event.sourceUrl,
      })),
    ),
  };
}

export const protectionSelect = {
  id: true,
  personId: true,
  type: true,
  grantingState: true,
  year: true,
  month: true,
  day: true,
  status: true,
  sourceUrl: true,
  sourceArticleId: true,
} satisfies Prisma.ProtectionSelect;

export function toProtection(row: Prisma.ProtectionGetPayload<{ select: typeof protectionSelect }>): Protection {
  return {
    id: row.id,
    personId: row.personId,
    type: row.type,
    grantingState: row.grantingState,
    date: toPartialDate(row),
    status: row.status,
    sourceUrl: row.sourceUrl,
    sourceArticleId: row.sourceArticleId,
  };
}
