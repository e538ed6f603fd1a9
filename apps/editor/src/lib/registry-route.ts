import "server-only";
import { registryRevalidationTags } from "@rightsdesk/domain";
import { apiRoute } from "./api";
import { revalidating } from "./public-site";

/** apiRoute for changes of people, cases, protections and organisations: every one refreshes the public registry pages and indexes. */
export const registryRoute: typeof apiRoute = (schemas, handler) =>
  apiRoute(
    schemas,
    revalidating(async (input) => ({ result: await handler(input), revalidate: registryRevalidationTags() })),
  );
