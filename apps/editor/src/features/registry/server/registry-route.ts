import "server-only";
import { apiRoute } from "~/features/shared/server/api";
import { revalidateRegistry } from "~/features/shared/server/public-site";

/** apiRoute for changes of people, cases, protections and organisations: after a save the public registry pages and indexes are refreshed. */
export const registryRoute: typeof apiRoute = (endpoint, access, handler) =>
  apiRoute(endpoint, access, async (input) => {
    const result = await handler(input);
    await revalidateRegistry();
    return result;
  });
