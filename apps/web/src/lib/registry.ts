import { getPublicCase, getPublicPerson } from "@rightsdesk/db";
import { cache } from "react";

// generateMetadata and the page both ask for the same record; cache() makes that one query per request.
// Old slugs of renamed or merged records never reach the pages: proxy.ts answers them with a 301.
export const getPerson = cache(getPublicPerson);
export const getCase = cache(getPublicCase);
