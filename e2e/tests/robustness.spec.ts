import { expect, test } from "./fixtures";
import { createArticle, EDITOR_URL, signIn, uniqueTitle, WEB_URL } from "./support";

/*
 * Input that once made the apps answer 500, each sent where it used to fail. Every answer must be a
 * success or a clear 4xx; a 5xx fails the test whatever the route.
 */

const LONE = "\uD800";
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function nested(depth: number): unknown {
  let node: unknown = { type: "text", text: "deep" };
  for (let i = 0; i < depth; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
}

test("bad values sent to every kind of route get a success or a clear 4xx, never a 5xx", async ({ page }) => {
  await signIn(page, "editor");
  const articleUrl = await createArticle(page, uniqueTitle("Robustness"));
  const id = new URL(articleUrl).pathname.split("/")[2] ?? "";
  const api = `${EDITOR_URL}/api`;
  const put = (path: string, data: unknown) => page.request.put(`${api}${path}`, { data });
  const post = (path: string, data: unknown) => page.request.post(`${api}${path}`, { data });

  const results: [string, number][] = [];
  const check = async (what: string, response: Promise<{ status: () => number }>) => results.push([what, (await response).status()]);

  await check("a lone surrogate in an article's title and body", put(`/articles/${id}/versions/en`, { title: `Split ${LONE} pair`, summary: LONE, body: doc(`text ${LONE}`), baseRevision: 1 }));
  await check("a body nested 1,500 levels deep", put(`/articles/${id}/versions/en`, { title: "Deep", summary: "", body: nested(1_500), baseRevision: 2 }));
  await check("a lone surrogate in a biography", post("/people", { name: uniqueTitle("Surrogate Person"), bio: { en: `Bio ${LONE}` } }));
  await check("a lone surrogate in a case title", post("/cases", { title: { en: `Case ${LONE}` }, kind: "extradition_request", events: [], participants: [] }));
  await check("a revision number beyond any integer", page.request.get(`${api}/articles/${id}/versions/en/revisions/2147483648`));
  await check("the history page asked for such a revision", page.request.get(`${EDITOR_URL}/articles/${id}/en/history?from=2147483648&to=99999999999999999999`));
  await check("a due date in the year 0", put(`/articles/${id}/translations`, { locales: ["ru"], dueDate: "0000-01-01", assigneeId: "" }));
  await check(
    "NUL in a multipart field (a media credit)",
    page.request.post(`${api}/media`, {
      multipart: { file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("not an image") }, credit: "Credit\u0000NUL" },
    }),
  );
  const xliff = `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru"><file id="f"><unit id="u"><segment><source>a</source><target>&#xD800;&#0;</target></segment></unit></file></xliff>`;
  await check(
    "an XLIFF file referring to characters XML forbids",
    page.request.post(`${api}/articles/${id}/versions/ru/xliff`, { multipart: { file: { name: "t.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(xliff) }, baseRevision: "1" } }),
  );
  // Sent with fetch, byte for byte: Playwright's request would encode the string as JSON.
  for (const body of ["", "{"])
    await check(
      `sign-in with a JSON body of ${JSON.stringify(body)}`,
      fetch(`${api}/auth/callback/credentials`, { method: "POST", headers: { "content-type": "application/json" }, body, redirect: "manual" }).then((r) => ({ status: () => r.status })),
    );
  for (const path of ["/api/articles/%c0/versions/en", "/articles/%c0/en", "/people/%ff"]) await check(`editor ${path}`, page.request.get(`${EDITOR_URL}${path}`));
  for (const path of ["/en/articles/%c0", "/media/%c0%ae%c0%ae/original.mp4", "/%c0", "/en/tags/%ff/page/2"]) await check(`web ${path}`, page.request.get(`${WEB_URL}${path}`));

  const failures = results.filter(([, status]) => status >= 500);
  expect(failures).toEqual([]);
  // A few answers in detail: what was kept, and what was said.
  expect(Object.fromEntries(results)).toMatchObject({
    "a lone surrogate in an article's title and body": 200,
    "a body nested 1,500 levels deep": 400,
    "a revision number beyond any integer": 400,
    "a due date in the year 0": 400,
    "an XLIFF file referring to characters XML forbids": 400,
    "editor /api/articles/%c0/versions/en": 400,
    "web /en/articles/%c0": 400,
    'sign-in with a JSON body of ""': 400,
    'sign-in with a JSON body of "{"': 400,
  });
  const saved = await (await page.request.get(`${api}/articles/${id}/versions/en/revisions/latest`)).json();
  expect(saved.title).toBe("Split \uFFFD pair");
});
