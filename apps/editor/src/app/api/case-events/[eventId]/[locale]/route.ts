import { translateCaseEvent } from "@rightsdesk/db";
import { EVENT_DESCRIPTION_MAX_LENGTH, ZLocale, ZPreviousTranslation } from "@rightsdesk/domain";
import { z } from "zod";
import { registryRoute } from "~/lib/registry-route";
import { translatesRegistry } from "~/lib/route-access";

const ZEventParams = z.object({ eventId: z.string().min(1), locale: ZLocale });
const ZEventBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, "The description is empty")
    .max(EVENT_DESCRIPTION_MAX_LENGTH, `A description must be at most ${EVENT_DESCRIPTION_MAX_LENGTH} characters`),
  previousTranslation: ZPreviousTranslation,
});

export const PUT = registryRoute({ params: ZEventParams, access: translatesRegistry, body: ZEventBody }, ({ actor, params, body }) =>
  translateCaseEvent(params.eventId, params.locale, body, actor),
);
