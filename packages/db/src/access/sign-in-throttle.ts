import { signInWaitSeconds } from "@rightsdesk/domain";
import { db } from "../infra/client";

/** Seconds the longest-waiting of these keys must still wait before another attempt; 0 when none must. */
export async function signInWait(keys: readonly string[], now = new Date()): Promise<number> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: [...keys] }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  return Math.max(0, ...rows.map((row) => ((row.blockedUntil?.getTime() ?? 0) - now.getTime()) / 1000));
}

/** Counts a failed sign-in for each key and sets how long the next attempt must wait. */
export async function recordSignInFailure(keys: readonly string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const { failures } = await db().signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1 },
      update: { failures: { increment: 1 } },
      select: { failures: true },
    });
    const wait = signInWaitSeconds(failures);
    if (wait > 0) await db().signInThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + wait * 1000) } });
  }
}

/** A correct password: the account starts afresh (its address keeps its count, so guessing across accounts still waits). */
export async function clearSignInFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
