import { describe, expect, it } from "vitest";
import { CASE_KINDS, CASE_OUTCOMES, CASE_STATUSES, PARTICIPANT_ROLES } from "./case";
import * as labels from "./labels";
import { ORGANISATION_KINDS, RELATIONSHIP_KINDS } from "./organisation";
import { CONFIDENTIALITY, NAME_KINDS, NAME_SCRIPTS, PERSON_ROLES, PERSON_STATUSES } from "./person";
import { PROTECTION_STATUSES, PROTECTION_TYPES } from "./protection";

const tables: [string, Record<string, string>, readonly string[]][] = [
  ["PERSON_STATUS_LABELS", labels.PERSON_STATUS_LABELS, PERSON_STATUSES],
  ["NAME_SCRIPT_LABELS", labels.NAME_SCRIPT_LABELS, NAME_SCRIPTS],
  ["NAME_KIND_LABELS", labels.NAME_KIND_LABELS, NAME_KINDS],
  ["CONFIDENTIALITY_LABELS", labels.CONFIDENTIALITY_LABELS, CONFIDENTIALITY],
  ["PERSON_ROLE_LABELS", labels.PERSON_ROLE_LABELS, PERSON_ROLES],
  ["CASE_KIND_LABELS", labels.CASE_KIND_LABELS, CASE_KINDS],
  ["CASE_STATUS_LABELS", labels.CASE_STATUS_LABELS, CASE_STATUSES],
  ["CASE_OUTCOME_LABELS", labels.CASE_OUTCOME_LABELS, CASE_OUTCOMES],
  ["PARTICIPANT_ROLE_LABELS", labels.PARTICIPANT_ROLE_LABELS, PARTICIPANT_ROLES],
  ["PROTECTION_TYPE_LABELS", labels.PROTECTION_TYPE_LABELS, PROTECTION_TYPES],
  ["PROTECTION_STATUS_LABELS", labels.PROTECTION_STATUS_LABELS, PROTECTION_STATUSES],
  ["ORGANISATION_KIND_LABELS", labels.ORGANISATION_KIND_LABELS, ORGANISATION_KINDS],
  ["RELATIONSHIP_LABELS", labels.RELATIONSHIP_LABELS, RELATIONSHIP_KINDS],
];

describe("labels", () => {
  it("covers every table the module exports", () => {
    expect(tables.map(([name]) => name).sort()).toEqual(Object.keys(labels).sort());
  });

  it.each(tables)("%s labels every value, once, with a distinct capitalised label", (_name, table, values) => {
    expect(Object.keys(table)).toEqual([...values]);
    const texts = Object.values(table);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toMatch(/^[A-Z][A-Za-z -]*$/);
  });

  it("names protections as the articles do", () => {
    expect(labels.PROTECTION_TYPE_LABELS.refugee_status).toBe("Refugee status");
    expect(labels.CASE_OUTCOME_LABELS.extradition_refused).toBe("Extradition refused");
  });
});
