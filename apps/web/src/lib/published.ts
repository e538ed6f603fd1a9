import { getPublished, getTagBySlug } from "@rightsdesk/db";
import { cache } from "react";

// generateMetadata and the page both ask for the same record; cache() makes that one query per request.
export const getPublishedArticle = cache(getPublished);
export const getTag = cache(getTagBySlug);
