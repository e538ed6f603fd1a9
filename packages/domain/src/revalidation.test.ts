import { describe, expect, it } from "vitest";
import { type ArticleFootprint, articleRevalidationTags, cacheTags, registryRevalidationTags, tagRevalidationTags } from "./revalidation";

const footprint: ArticleFootprint = {
  slugs: ["austria-refuses"],
  locales: ["en", "ru"],
  tagSlugs: ["at", "extradition"],
  personSlugs: ["artur-trofimov"],
  caseSlugs: ["trofimov-extradition"],
};

describe("articleRevalidationTags", () => {
  it("names the article, each language's listing, its tag pages, its people and cases, and the sitemap", () => {
    expect(articleRevalidationTags(footprint)).toEqual([
      "article:austria-refuses",
      "articles:en",
      "articles:ru",
      "case:trofimov-extradition",
      "person:artur-trofimov",
      "sitemap",
      "tag:at",
      "tag:extradition",
    ]);
  });

  it("leaves out the listings of languages the article has no version in", () => {
    const tags = articleRevalidationTags(footprint);
    expect(tags).not.toContain(cacheTags.articles("pl"));
    expect(tags).not.toContain(cacheTags.registry);
  });

  it("joins the footprints before and after, so a removed tag or an old slug is refreshed too, each once", () => {
    const after: ArticleFootprint = { ...footprint, slugs: ["austria-refuses-extradition", "austria-refuses"], tagSlugs: ["at"], personSlugs: [] };
    const tags = articleRevalidationTags(footprint, after);
    expect(tags).toContain("tag:extradition");
    expect(tags).toContain("person:artur-trofimov");
    expect(tags).toContain("article:austria-refuses-extradition");
    expect(tags.filter((tag) => tag === "article:austria-refuses")).toHaveLength(1);
  });

  it("affects nothing when there is no article", () => {
    expect(articleRevalidationTags()).toEqual([]);
  });
});

describe("registry and tag labels", () => {
  it("refreshes every registry page and the sitemap on any registry change", () => {
    expect(registryRevalidationTags()).toEqual(["registry", "sitemap"]);
  });

  it("refreshes the pages a registry change was and is shown on, and no other record's", () => {
    const before = { personSlugs: ["ivanova"], caseSlugs: ["ivanova-v-russia"], articleSlugs: ["extradition-refused"] };
    const after = { personSlugs: ["ivanova-anna"], caseSlugs: [], articleSlugs: ["extradition-refused"] };
    expect(registryRevalidationTags(before, after)).toEqual([
      "article:extradition-refused",
      "case:ivanova-v-russia",
      "person:ivanova",
      "person:ivanova-anna",
      "registry",
      "sitemap",
    ]);
  });

  it("refreshes a tag's pages, its articles and every language's listing when its label changes", () => {
    const tags = tagRevalidationTags({ slug: "extradition", articleSlugs: ["austria-refuses"] });
    expect(tags).toEqual(expect.arrayContaining(["tag:extradition", "article:austria-refuses", "articles:en", "articles:uk"]));
    expect(tags).not.toContain(cacheTags.registry);
  });
});
