import type { Command } from 'commander';
import { hasDemo, loadDemo, removeDemo } from '../../modules/demo/load.ts';
import { demoLogins, demoPassword } from '../../modules/demo/units.ts';
import { type GlobalOptions, withDatabase } from '../env.ts';

export function registerDemoCommand(program: Command) {
  program
    .command('demo')
    .description('nạp dữ liệu minh họa (tỉnh Sơn Hà, ba xã), ghi ngày theo hôm nay')
    .option('--reset', 'xóa dữ liệu minh họa cũ rồi nạp lại')
    .option('--dry-run', 'chỉ cho biết sẽ làm gì')
    .action(async (opts: { reset?: boolean; dryRun?: boolean }) => {
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const present = await hasDemo(db);
        if (present && !opts.reset) {
          console.log('Dữ liệu minh họa đã có. Dùng --reset để nạp lại.');
          return;
        }
        if (opts.dryRun) {
          console.log(present ? 'Sẽ xóa và nạp lại dữ liệu minh họa.' : 'Sẽ nạp dữ liệu minh họa.');
          return;
        }
        if (present) {
          console.log('Đang xóa dữ liệu minh họa cũ…');
          await removeDemo(db);
        }
        console.log('Đang nạp dữ liệu minh họa…');
        await loadDemo(db, new Date(), (step) => console.log(`  - ${step}`));
        console.log(`Xong. Mật khẩu chung: ${demoPassword}`);
        for (const l of demoLogins) console.log(`  ${l.role.padEnd(30)} ${l.username}`);
      });
    });
}
