import { ZCaseInput, ZCaseParticipantInput } from "@rightsdesk/domain";
import { z } from "zod";

/** Who takes part in a case, each person once: a person has one role in a case. */
const ZParticipants = z.array(ZCaseParticipantInput).superRefine((participants, ctx) => {
  participants.forEach((participant, i) => {
    if (participants.findIndex((other) => other.personId === participant.personId) !== i) {
      ctx.addIssue({ code: "custom", message: "This person is already a participant", path: [i, "personId"] });
    }
  });
});

/** A case with its participants, as the case form sends it and the routes check it. */
export const ZCaseForm = z.object({ case: ZCaseInput, participants: ZParticipants.default([]) });

/** A save of an existing case carries the version the editor opened, so a save over someone else's is refused. */
export const ZCaseSave = ZCaseForm.extend({ baseVersion: z.number().int().nonnegative() });
