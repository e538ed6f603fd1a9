import { type PublishedBySchedule } from "@rightsdesk/db/editor";
import { describe, expect, it } from "vitest";
import { runSchedulerOnce, startScheduler } from "./scheduler";

const due: PublishedBySchedule = {
  versionId: "v1",
  articleId: "a1",
  locale: "ru",
  title: "Экстрадиция отклонена",
  scheduledAt: new Date("2030-01-01T08:00:00Z"),
  revalidate: ["article:ekstradiciya", "articles:ru", "sitemap"],
};

function recordingLog() {
  const lines: string[] = [];
  return { lines, log: { info: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) } };
}

describe("runSchedulerOnce", () => {
  it("passes the time on and logs every version it published", async () => {
    const { lines, log } = recordingLog();
    const asked: Date[] = [];
    const now = new Date("2030-01-01T08:00:20Z");
    const published = await runSchedulerOnce({ intervalMs: 1000, log, publishDue: async (at) => (asked.push(at), [due]) }, now);
    expect(published).toEqual([due]);
    expect(asked).toEqual([now]);
    expect(lines).toEqual(["[scheduler] published “Экстрадиция отклонена” (ru), scheduled for 2030-01-01T08:00:00.000Z"]);
  });

  it("logs a failure instead of throwing it", async () => {
    const { lines, log } = recordingLog();
    const published = await runSchedulerOnce({
      intervalMs: 1000,
      log,
      publishDue: () => Promise.reject(new Error("database is down")),
    });
    expect(published).toEqual([]);
    expect(lines).toEqual(["error: [scheduler] publishing due versions failed; the next pass tries again"]);
  });
});

describe("startScheduler", () => {
  it("runs once at start, then on every interval until stopped", async () => {
    let passes = 0;
    const stop = startScheduler({ intervalMs: 20, log: recordingLog().log, publishDue: async () => (passes++, []) });
    expect(passes).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 110));
    stop();
    const stoppedAt = passes;
    expect(stoppedAt).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(passes).toBe(stoppedAt);
  });

  it("never starts a pass while the last one is still running", async () => {
    let running = 0;
    let overlapped = false;
    let passes = 0;
    const stop = startScheduler({
      intervalMs: 10,
      log: recordingLog().log,
      publishDue: async () => {
        overlapped ||= running > 0;
        running++;
        passes++;
        await new Promise((resolve) => setTimeout(resolve, 35));
        running--;
        return [];
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    stop();
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(overlapped).toBe(false);
  });
});
