import { getPublished, getTagBySlug, listPublished, listPublishedByTag } from "@rightsdesk/db/public";
import { cacheTags } from "@rightsdesk/domain";
import { cache } from "react";
import { cachedRead } from "./cached-read";

// generateMetadata and the page both ask for the same record; cache() makes that one lookup per request.
export const getPublishedArticle = cache(cachedRead("published-article", getPublished, (_locale, slug) => [cacheTags.article(slug)]));
export const getTag = cache(cachedRead("tag", getTagBySlug, (slug) => [cacheTags.tag(slug)]));

export const listPublishedArticles = cachedRead("published-list", listPublished, (locale) => [cacheTags.articles(locale)]);
export const listPublishedArticlesByTag = cachedRead("published-by-tag", listPublishedByTag, (_locale, tagSlug) => [cacheTags.tag(tagSlug)]);
