import { z } from "zod";
import { ZCaseInput, ZCaseParticipantInput } from "./case";
import { ZOrganisationInput } from "./organisation";
import { ZPersonInput } from "./person";
import { ZProtectionInput } from "./protection";

/*
 * What the registry's forms send. A save of an existing record carries the version the editor opened,
 * so that a save over someone else's is refused instead of overwriting it.
 */

export const ZBaseVersion = z.number().int().nonnegative();

export const ZPersonSave = z.object({ person: ZPersonInput, baseVersion: ZBaseVersion });
export const ZOrganisationSave = z.object({ organisation: ZOrganisationInput, baseVersion: ZBaseVersion });
export const ZProtectionSave = z.object({ protection: ZProtectionInput, baseVersion: ZBaseVersion });

/** Who takes part in a case, each person once: a person has one role in a case. */
const ZParticipants = z.array(ZCaseParticipantInput).superRefine((participants, ctx) => {
  participants.forEach((participant, i) => {
    if (participants.findIndex((other) => other.personId === participant.personId) !== i) {
      ctx.addIssue({ code: "custom", message: "This person is already a participant", path: [i, "personId"] });
    }
  });
});

/** A new case with its participants. */
export const ZCaseForm = z.object({ case: ZCaseInput, participants: ZParticipants.default([]) });
export const ZCaseSave = ZCaseForm.extend({ baseVersion: ZBaseVersion });
