import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const defaultMediaDir = `${repoRoot}.data/media`;

export type StackOptions = {
  databaseUrl: string;
  authSecret: string;
  webPort: number;
  editorPort: number;
  /** `next dev` instead of the production build. */
  dev?: boolean;
  /** Where uploaded media are stored; `.data/media` by default. */
  mediaDir?: string;
  /** The database is the embedded PGlite server, which needs one connection per app (see databasePoolMax). */
  embeddedDatabase?: boolean;
  /** Starts the public site alone (a benchmark of readers' pages wants no editor using the CPU). */
  webOnly?: boolean;
  /** More public-site servers on these ports, as behind a load balancer; they share a cache only through REDIS_URL. */
  moreWebPorts?: number[];
};

/** Runs a command in the repository and resolves when it exits 0. */
export function runStep(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Seeds the demo content; its pictures and video go where the apps will read them. */
export function seedDatabase(databaseUrl: string, mediaDir = defaultMediaDir): Promise<void> {
  return runStep("pnpm", ["exec", "tsx", "prisma/seed.ts"], { DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir });
}

export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts the public site and the editor on one database; resolves when both answer. */
export async function startApps(options: StackOptions): Promise<{ webUrl: string; editorUrl: string; stop: () => void }> {
  const webUrl = `http://localhost:${options.webPort}`;
  const editorUrl = `http://localhost:${options.editorPort}`;
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.authSecret,
    NEXTAUTH_URL: editorUrl,
    PUBLIC_SITE_URL: webUrl,
    // The public site's own address for canonical links and the sitemap; a deployment sets its real one.
    SITE_URL: process.env.SITE_URL ?? webUrl,
    // The editor tells the site what changed; a secret derived from this start's auth secret, so nothing more to keep.
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? createHmac("sha256", options.authSecret).update("revalidate").digest("base64url"),
    MEDIA_DIR: options.mediaDir ?? defaultMediaDir,
    ...(options.embeddedDatabase && { DATABASE_POOL_MAX: "1" }),
  };
  // The public site has a server of its own (apps/web/server), which stamps a nonce into every cached page.
  const command = (app: string, port: number) =>
    app === "web" ? ["node", "server/index.mjs", ...(options.dev ? ["--dev"] : [])] : ["next", options.dev ? "dev" : "start", "--port", String(port)];
  const start = (app: string, port: number) =>
    spawn("pnpm", ["--filter", `@rightsdesk/${app}`, "exec", ...command(app, port)], {
      cwd: repoRoot,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "inherit", "inherit"],
    });
  const webs = [options.webPort, ...(options.moreWebPorts ?? [])].map((port) => ({ port, child: start("web", port) }));
  const editor = options.webOnly ? null : start("editor", options.editorPort);
  const stop = () => [...webs.map((web) => web.child), editor].forEach((child) => child && child.exitCode === null && child.kill("SIGTERM"));
  try {
    await Promise.all([
      ...webs.map((web) => waitForHttp(`http://localhost:${web.port}/en`, web.child)),
      editor && waitForHttp(`${editorUrl}/login`, editor),
    ]);
  } catch (error) {
    stop();
    throw error;
  }
  return { webUrl, editorUrl, stop };
}
