import { translatePersonBio } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { translatesRegistry } from "~/features/shared/server/route-access";
import { endpoints } from "~/features/shared/endpoints";

// A save over someone else's translation is refused.
export const PUT = apiRoute(
  endpoints.translatePersonBio,
  translatesRegistry,
  revalidating(({ actor, params, body }) => translatePersonBio(params.id, params.locale, body, actor)),
);
