export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
/** The XLIFF 2.0 Metadata module: where the article id and source revision travel, machine-readable. */
export const MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";
/** The category of our metadata group, so that a tool's own metadata is never mistaken for ours. */
export const META_CATEGORY = "rightsdesk";
export const META = { articleId: "articleId", slug: "slug", sourceRevision: "sourceRevision", sourceRevisionId: "sourceRevisionId" } as const;
