import { saveVersion } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { editsVersion } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

// A save of a live version waits for "Publish changes"; the publication rule says what readers see, if anything, changed.
// The answer leaves out the body: the writer holds it, and an autosave of 20,000 words would bring 144 KiB back to parse.
export const PUT = apiRoute(endpoints.saveVersion, editsVersion,
  revalidating(async ({ actor, params, body }) => {
    const { result: { body: _sent, ...saved }, revalidate } = await saveVersion(params.id, params.locale, body, actor);
    return { result: saved, revalidate };
  }),
);
