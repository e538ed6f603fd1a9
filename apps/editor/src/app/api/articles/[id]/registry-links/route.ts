import { setArticleRegistryLinks } from "@rightsdesk/db";
import { z } from "zod";
import { apiRoute } from "~/lib/api";
import { revalidating } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

const ZRegistryLinks = z.object({ personIds: z.array(z.string().min(1)), caseIds: z.array(z.string().min(1)) });

export const PUT = apiRoute(
  { params: ZRecordParams, access: { kind: "article.tag" }, body: ZRegistryLinks },
  revalidating(({ actor, params, body }) => setArticleRegistryLinks(params.id, body, actor)),
);
