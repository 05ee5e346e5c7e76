import type { Command } from 'commander';
import { backup, restore } from '../../platform/db/backup.ts';
import { type GlobalOptions, withDatabase } from '../env.ts';

export function registerBackupCommands(program: Command) {
  program
    .command('backup')
    .description('sao lưu toàn bộ dữ liệu vào một tệp (.jsonl.gz), dùng được cho PGlite và PostgreSQL')
    .argument('<file>', 'tệp đích')
    .action(async (file: string) => {
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const header = await backup(db, file);
        const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
        console.log(`Đã sao lưu ${rows} bản ghi (${Object.keys(header.tables).length} bảng) vào ${file}.`);
      });
    });
  program
    .command('restore')
    .description('khôi phục một bản sao lưu vào cơ sở dữ liệu trống')
    .argument('<file>', 'tệp sao lưu')
    .action(async (file: string) => {
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const header = await restore(db, file, (t, n) => n && console.log(`  - ${t}: ${n}`));
        console.log(`Đã khôi phục bản sao lưu lúc ${header.createdAt}.`);
      });
    });
}
