/** Next.js calls this once when the server starts: the editor's process also runs scheduled publishing. */
export async function register(): Promise<void> {
  // The database driver needs Node; a build has no server to run it for.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ publishDueVersions }, { env }, { startScheduler }, { postRevalidation }] = await Promise.all([
    import("@rightsdesk/db/editor"),
    import("./features/shared/server/env"),
    import("./features/articles/server/scheduler"),
    import("./features/shared/server/public-site"),
  ]);
  // What the scheduler publishes must reach readers at once too: the pages each publication named, as a route does.
  const publishDue = async (now: Date) => {
    const published = await publishDueVersions(now);
    await postRevalidation([...new Set(published.flatMap((version) => version.revalidate))]);
    return published;
  };
  startScheduler({ publishDue, intervalMs: env.SCHEDULER_INTERVAL_MS });
  console.info(`[scheduler] publishing scheduled versions every ${env.SCHEDULER_INTERVAL_MS / 1000} s`);
}
