import "server-only";
import { registryRevalidationTags } from "@rightsdesk/domain";
import { apiRoute } from "~/features/shared/server/api";
import { revalidating } from "~/features/shared/server/public-site";

/** apiRoute for changes of people, cases, protections and organisations: every one refreshes the public registry pages and indexes. */
export const registryRoute: typeof apiRoute = (endpoint, access, handler) =>
  apiRoute(
    endpoint,
    access,
    revalidating(async (input) => ({ result: await handler(input), revalidate: registryRevalidationTags() })),
  );
