// `npm run backup [FILE]`: the database and the media files, in one .tar.gz (packages/db/src/infra/backup.ts).
import { createBackup } from "@rightsdesk/db/backup";
import { defaultBackupFile, fromCommandLine, openTarget } from "./target";

const file = process.argv[2] ? fromCommandLine(process.argv[2]) : defaultBackupFile("rightsdesk");
try {
  const target = await openTarget("backup");
  try {
    console.info(`Backing up ${target.description} and the media in ${target.mediaRoot}…`);
    const { manifest } = await createBackup({ connectionString: target.url, mediaRoot: target.mediaRoot, file, onProgress: console.info });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.info(`Backup written to ${file}: ${rows} rows in ${manifest.tables.length} tables, ${manifest.media.files.length} media files.`);
  } finally {
    await target.close();
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
