import { setArticleRegistryLinks } from "@rightsdesk/db";
import { z } from "zod";
import { apiRoute } from "~/lib/api";
import { withArticleRevalidation } from "~/lib/public-site";
import { ZRecordParams } from "~/lib/route-params";

const ZRegistryLinks = z.object({ personIds: z.array(z.string().min(1)), caseIds: z.array(z.string().min(1)) });

export const PUT = apiRoute({ params: ZRecordParams, access: { kind: "article.tag" }, body: ZRegistryLinks }, ({ actor, params, body }) =>
  withArticleRevalidation(params.id, () => setArticleRegistryLinks(params.id, body, actor)),
);
