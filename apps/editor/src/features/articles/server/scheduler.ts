import "server-only";
import { type PublishedBySchedule } from "@rightsdesk/db/editor";

export type SchedulerOptions = {
  /** Publishes what is due at `now`; the data layer's `publishDueVersions` in the app. */
  publishDue: (now: Date) => Promise<PublishedBySchedule[]>;
  intervalMs: number;
  log?: Pick<Console, "info" | "error">;
};

/** One pass: publishes what is due and says so. An error is logged, never thrown: the app keeps serving. */
export async function runSchedulerOnce({ publishDue, log = console }: SchedulerOptions, now = new Date()): Promise<PublishedBySchedule[]> {
  try {
    const published = await publishDue(now);
    for (const version of published) {
      log.info(`[scheduler] published “${version.title}” (${version.locale}), scheduled for ${version.scheduledAt.toISOString()}`);
    }
    return published;
  } catch (error) {
    log.error("[scheduler] publishing due versions failed; the next pass tries again", error);
    return [];
  }
}

/**
 * Runs a pass at once, so that a restart catches up with what fell due while the app was down, and then
 * every `intervalMs`. A slow pass is never overlapped by the next. Returns a function that stops it.
 */
export function startScheduler(options: SchedulerOptions): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    await runSchedulerOnce(options);
    running = false;
  };
  void tick();
  const timer = setInterval(() => void tick(), options.intervalMs);
  // The timer alone never keeps a process alive (a build, a test run).
  timer.unref();
  return () => clearInterval(timer);
}
