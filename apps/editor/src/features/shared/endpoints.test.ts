import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { endpoints, pathOf } from "./endpoints";

// Vitest runs in the editor package, wherever this test file lives.
const apiDir = path.resolve("src/app/api");
/** next-auth's own handler is no route of ours. */
const NOT_IN_TABLE = new Set([path.join("auth", "[...nextauth]", "route.ts")]);

/** Where Next serves a table path from: `/api/people/:id` is `app/api/people/[id]/route.ts`. */
const routeFile = (apiPath: string) => path.join(apiDir, apiPath.replace(/^\/api\//, "").replace(/:(\w+)/g, "[$1]"), "route.ts");

const exportsOf = (text: string) => [...text.matchAll(/export const (GET|POST|PUT|DELETE) = \w+\(\s*endpoints\.(\w+)\b/g)].map(([, method, name]) => `${method} ${name}`);

describe("the endpoint table", () => {
  it("names, for each entry, the route file at its path, which exports its method built from that entry", () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      expect(exportsOf(readFileSync(routeFile(endpoint.path), "utf8")), name).toContain(`${endpoint.method} ${name}`);
    }
  });

  it("has an entry for every method of every route file", () => {
    const files = readdirSync(apiDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("route.ts") && !NOT_IN_TABLE.has(file));
    for (const file of files) {
      const text = readFileSync(path.join(apiDir, file), "utf8");
      expect(exportsOf(text).length, file).toBe([...text.matchAll(/^export const (GET|POST|PUT|DELETE)\b/gm)].length);
    }
  });
});

describe("pathOf", () => {
  it("fills the segments, encoded, and appends the query without the values left out", () => {
    expect(pathOf(endpoints.getRevision, { id: "a/b", locale: "ru", number: "latest" })).toBe("/api/articles/a%2Fb/versions/ru/revisions/latest");
    expect(pathOf(endpoints.searchMentions, {}, { q: "Аб лязов", limit: undefined })).toBe("/api/mentions?q=%D0%90%D0%B1+%D0%BB%D1%8F%D0%B7%D0%BE%D0%B2");
    expect(pathOf(endpoints.listMedia)).toBe("/api/media");
  });
});
