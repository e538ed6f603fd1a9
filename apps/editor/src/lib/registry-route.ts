import { apiRoute } from "./api";
import { revalidateRegistry } from "./public-site";

/** apiRoute for changes of people, cases and protections: after a save the public registry pages are refreshed. */
export const registryRoute: typeof apiRoute = (schemas, handler) =>
  apiRoute(schemas, async (input) => {
    const result = await handler(input);
    await revalidateRegistry();
    return result;
  });
