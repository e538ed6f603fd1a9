import { deleteOrganisation, updateOrganisation } from "@rightsdesk/db/editor";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";
import { endpoints } from "~/features/shared/endpoints";

export const PUT = apiRoute(
  endpoints.updateOrganisation,
  { kind: "registry.edit" },
  revalidating(({ actor, params, body }) => updateOrganisation(params.id, body.organisation, body.baseVersion, actor)),
);

export const DELETE = apiRoute(endpoints.deleteOrganisation, { kind: "registry.edit" }, revalidating(({ actor, params }) => deleteOrganisation(params.id, actor)));
