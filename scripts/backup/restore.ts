// `npm run restore FILE`: replaces the database and the media files with a backup's (packages/db/src/infra/backup.ts).
import { restoreBackup } from "@rightsdesk/db/backup";
import { defaultBackupFile, fromCommandLine, openTarget } from "./target";

const argument = process.argv[2];
if (!argument) {
  console.error("Usage: npm run restore FILE   (a file written by npm run backup)");
  process.exit(2);
}
const file = fromCommandLine(argument);
try {
  const target = await openTarget("restore");
  try {
    console.info(`Restoring ${file} into ${target.description} and the media in ${target.mediaRoot}…`);
    const result = await restoreBackup({
      connectionString: target.url,
      mediaRoot: target.mediaRoot,
      file,
      safetyBackup: defaultBackupFile("before-restore"),
      onProgress: console.info,
    });
    const rows = result.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.info(`Restored the backup of ${result.manifest.createdAt}: ${rows} rows, ${result.manifest.media.files.length} media files.`);
    if (result.safetyBackup) console.info(`What was there before is in ${result.safetyBackup} (npm run restore it to go back).`);
    console.info("Start the apps again (npm start) so that they serve the restored content.");
  } finally {
    await target.close();
  }
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
