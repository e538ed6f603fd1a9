export { type Actor } from "./access";
export { createArticle, getArticle, listArticles, saveVersion, setArticleTags, setVersionPublished } from "./articles";
export { db } from "./client";
export { getPublished, listPublished, listPublishedByTag, type Page } from "./published";
export { getTagBySlug, listTags, upsertTag } from "./tags";
export { getUser, upsertUser, verifyCredentials } from "./users";
