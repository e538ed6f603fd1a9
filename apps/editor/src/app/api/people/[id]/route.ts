import { deletePerson, updatePerson } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(
  endpoints.updatePerson,
  { kind: "registry.edit" },
  revalidating(({ actor, params, body }) => updatePerson(params.id, body.person, body.baseVersion, actor)),
);

export const DELETE = apiRoute(endpoints.deletePerson, { kind: "registry.edit" }, revalidating(({ actor, params }) => deletePerson(params.id, actor)));
