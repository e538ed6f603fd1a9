import { z } from "zod";
import { type CountryCode, ZCountryCode } from "../country";
import { LOCALES, SOURCE_LOCALE, type Locale } from "../locale";
import { ZSlug } from "../slug";
import { comparePartialDates, type PartialDate, ZPartialDate } from "./partial-date";

export const CASE_KINDS = [
  "extradition_request",
  "deportation",
  "criminal_prosecution",
  "detention",
  "interpol_notice",
  "asylum_procedure",
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const ZCaseKind = z.enum(CASE_KINDS);

export const CASE_STATUSES = ["open", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const ZCaseStatus = z.enum(CASE_STATUSES);

export const CASE_OUTCOMES = [
  "extradition_refused",
  "extradition_granted",
  "released",
  "convicted",
  "acquitted",
  "deported",
  "returned",
  "pending",
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const ZCaseOutcome = z.enum(CASE_OUTCOMES);

export const PARTICIPANT_ROLES = ["subject", "co_defendant", "witness", "family_member"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const ZParticipantRole = z.enum(PARTICIPANT_ROLES);

export const CASE_TITLE_MAX_LENGTH = 200;
export const EVENT_KIND_MAX_LENGTH = 60;
export const EVENT_DESCRIPTION_MAX_LENGTH = 2000;

/** A link to a source. Only http(s): a javascript: or file: link must never reach a reader's page. */
export const ZSourceUrl = z
  .string()
  .trim()
  .pipe(z.httpUrl("Enter a web address starting with http:// or https://"));

/** Text in several languages, English (the source language) required. */
function localizedText(field: string, maxLength: number) {
  return z
    .partialRecord(
      z.enum(LOCALES),
      z
        .string()
        .trim()
        .min(1, `${field} is required`)
        .max(maxLength, `${field} must be at most ${maxLength} characters`),
    )
    .refine((text) => text[SOURCE_LOCALE] !== undefined, `${field} in "${SOURCE_LOCALE}" is required`);
}

export const ZCaseEvent = z.object({
  date: ZPartialDate,
  /** Free text such as "arrest" or "court_decision": events are too varied for a fixed list. */
  kind: z
    .string()
    .trim()
    .min(1, "Event kind is required")
    .max(EVENT_KIND_MAX_LENGTH, `Event kind must be at most ${EVENT_KIND_MAX_LENGTH} characters`),
  description: localizedText("Description", EVENT_DESCRIPTION_MAX_LENGTH),
  sourceUrl: ZSourceUrl.nullable().default(null),
});
export type CaseEvent = {
  date: PartialDate;
  kind: string;
  description: Partial<Record<Locale, string>>;
  sourceUrl: string | null;
};

/** The case's states, each once: a country listed twice is a typing slip, not two requests. */
const ZStates = z.array(ZCountryCode).superRefine((codes, ctx) => {
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) ctx.addIssue({ code: "custom", message: `Country "${code}" is listed twice`, path: [i] });
  });
});

export const ZCaseInput = z
  .object({
    title: localizedText("Title", CASE_TITLE_MAX_LENGTH),
    kind: ZCaseKind,
    /** The states that asked, e.g. Russia and Ukraine for Ablyazov's extradition from France. */
    requestingStates: ZStates.default([]),
    /** The states the request was really made for, e.g. Kazakhstan behind Russia's and Ukraine's requests. */
    onBehalfOf: ZStates.default([]),
    /** The state whose authorities decide, e.g. France. */
    venueState: ZCountryCode.nullable().default(null),
    status: ZCaseStatus.default("open"),
    outcome: ZCaseOutcome.nullable().default(null),
    timeline: z.array(ZCaseEvent).default([]),
    /** Left empty, the slug is made from the English title. */
    slug: z.union([ZSlug, z.literal("")]).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.status !== "closed") return;
    if (input.outcome === null) {
      ctx.addIssue({ code: "custom", message: "A closed case needs an outcome", path: ["outcome"] });
    } else if (input.outcome === "pending") {
      ctx.addIssue({ code: "custom", message: "A closed case cannot have a pending outcome", path: ["outcome"] });
    }
  });
export type CaseInput = z.infer<typeof ZCaseInput>;

export type Case = {
  id: string;
  slug: string;
  title: Partial<Record<Locale, string>>;
  kind: CaseKind;
  requestingStates: CountryCode[];
  onBehalfOf: CountryCode[];
  venueState: CountryCode | null;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  timeline: CaseEvent[];
};

export const ZCaseParticipantInput = z.object({
  personId: z.string().trim().min(1, "Choose a person"),
  role: ZParticipantRole,
});
export type CaseParticipantInput = z.infer<typeof ZCaseParticipantInput>;
export type CaseParticipant = CaseParticipantInput & { caseId: string };
/** A participant as the case form opens it: with the name the person picker shows, so the form needs no list of everyone. */
export type CaseParticipantView = CaseParticipantInput & { name: string; internal: boolean };

/**
 * The timeline in date order, a year-only event before the months of that year. Events on the
 * same date keep the order they were entered in (Array.prototype.sort is stable).
 */
export function sortTimeline<E extends Pick<CaseEvent, "date">>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date));
}
