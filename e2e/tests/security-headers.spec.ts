import { createArticle, EDITOR_URL, saveState, scriptNonces, signIn, uniqueTitle, WEB_URL } from "./support";
import { expect, test } from "./fixtures";

/*
 * The security headers of both apps' pages. Every test of the suite also fails on a Content Security Policy
 * violation in its page's console (fixtures.ts), so these policies are exercised by everything the suite does.
 */

const directives = (policy: string | undefined) => new Map((policy ?? "").split("; ").map((part) => [part.split(" ")[0], part] as const));

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  // Served over plain HTTP here: no HSTS, which would pin a local install to https.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("the editor's pages run only scripts with the response's nonce and cannot be framed", async ({ page, request }) => {
  const first = await request.get(`${EDITOR_URL}/login`);
  const second = await request.get(`${EDITOR_URL}/login`);
  expectCommonHeaders(first.headers());
  const policy = directives(first.headers()["content-security-policy"]);
  expect(policy.get("script-src")).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(policy.get("object-src")).toBe("object-src 'none'");
  // A fresh nonce per response, and Next's scripts carry it.
  expect(second.headers()["content-security-policy"]).not.toBe(first.headers()["content-security-policy"]);
  const nonce = /'nonce-([^']+)'/.exec(policy.get("script-src") ?? "")?.[1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  // The policy holds while an editor works: sign in, create, type, save (violations fail the test).
  await signIn(page, "editor");
  // The article list, at the bare address, as much as any other page.
  const list = await page.request.get(`${EDITOR_URL}/`, { maxRedirects: 0 });
  expect(list.status()).toBe(200);
  expectCommonHeaders(list.headers());
  expect(directives(list.headers()["content-security-policy"]).get("frame-ancestors")).toBe("frame-ancestors 'none'");
  await createArticle(page, uniqueTitle("Headers"));
  await page.getByRole("textbox", { name: "Body" }).pressSequentially("Typed under a strict policy.");
  await expect(saveState(page)).toHaveText(/saved/i, { timeout: 15_000 });
});

/** What a response's policy trusts and what its scripts carry (see scriptNonces). */
async function nonces(response: { headers(): Record<string, string>; text(): Promise<string> }) {
  const policy = response.headers()["content-security-policy"];
  return { ...scriptNonces(policy, await response.text()), scripts: directives(policy).get("script-src") ?? "" };
}

test("the public site's cached pages run only scripts with the response's own nonce, and forbid plugins and foreign forms", async ({ page, request }) => {
  for (const path of ["/en", "/en/articles/open-dialog-meets-ablyazov-in-paris", "/en/search?q=asylum", "/en/no-such-page", "/xx/no-such-language"]) {
    // Asked twice: the second answer comes from the cache, and still has a nonce of its own.
    const [first, second] = [await request.get(`${WEB_URL}${path}`), await request.get(`${WEB_URL}${path}`)];
    expectCommonHeaders(first.headers());
    const policy = directives(first.headers()["content-security-policy"]);
    expect(policy.get("default-src"), path).toBe("default-src 'self'");
    expect(policy.get("object-src"), path).toBe("object-src 'none'");
    expect(policy.get("form-action"), path).toBe("form-action 'self'");
    expect(policy.get("frame-ancestors"), path).toBe("frame-ancestors 'self'");
    for (const response of [first, second]) {
      const { trusted, carried, scripts } = await nonces(response);
      expect(scripts, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9_-]{22}' 'strict-dynamic'$/);
      expect(carried, path).toEqual([trusted]);
    }
    expect((await nonces(second)).trusted, path).not.toBe((await nonces(first)).trusted);
  }
  // A reader's page works under it: the page hydrates, a link opens the next page in place, the search box submits
  // (a blocked script would be a violation, which fails the test).
  await page.goto(`${WEB_URL}/en`);
  await page.getByRole("navigation", { name: "Site sections" }).getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/en\/people$/);
  await page.getByRole("searchbox").first().fill("Ablyazov");
  await page.getByRole("searchbox").first().press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=Ablyazov/);
});

test("a request cannot choose the nonce that the public site renders into a page it caches", async ({ request }) => {
  // A page nobody has asked for yet (the results of a new search), asked for with a policy of the client's own.
  const path = `/en/search?q=${encodeURIComponent(uniqueTitle("nonce"))}`;
  const forged = await request.get(`${WEB_URL}${path}`, { headers: { "content-security-policy": "script-src 'nonce-chosenbyaclient'" } });
  expect(await forged.text()).not.toContain("chosenbyaclient");
  const { trusted, carried } = await nonces(await request.get(`${WEB_URL}${path}`));
  expect(carried).toEqual([trusted]);
});

test("behind an HTTPS proxy both apps ask browsers to keep to HTTPS", async ({ request }) => {
  for (const url of [`${EDITOR_URL}/login`, `${WEB_URL}/en`]) {
    const response = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"], url).toBe("max-age=31536000; includeSubDomains");
  }
});
