/** An editor signed in over HTTP: sends API requests with its session cookie, as the editor's own pages do. */
export type EditorSession = {
  send: (method: "POST" | "PUT", path: string, body: unknown) => Promise<Response>;
  /** Opens a page of the editor as the signed-in user. */
  get: (path: string) => Promise<Response>;
};

/** Signs in through next-auth's credentials endpoint, as the login form does, and checks the session it got. */
export async function signIn(editorUrl: string, email: string, password: string): Promise<EditorSession> {
  const cookies = new Map<string, string>();
  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      const value = pair.slice(at + 1);
      if (value === "") cookies.delete(pair.slice(0, at));
      else cookies.set(pair.slice(0, at), value);
    }
  };
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrf = await fetch(`${editorUrl}/api/auth/csrf`);
  keepCookies(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${editorUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  keepCookies(signedIn);
  const session = (await (await fetch(`${editorUrl}/api/auth/session`, { headers: { cookie: cookie() } })).json()) as { user?: { email?: string } };
  if (session.user?.email !== email) throw new Error(`${email} could not sign in (${signedIn.status})`);

  return {
    get: (path) => fetch(`${editorUrl}${path}`, { headers: { cookie: cookie() }, redirect: "manual" }),
    // The API's CSRF check wants the editor's own origin and a JSON body on every state-changing request.
    send: (method, path, body) =>
      fetch(`${editorUrl}${path}`, {
        method,
        headers: { cookie: cookie(), origin: editorUrl, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
  };
}
