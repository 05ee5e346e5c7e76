import type { Command } from 'commander';
import { hasAnyCommune, hasDemo, loadDemo } from '../../modules/demo/load.ts';
import { demoLogins, demoPassword } from '../../modules/demo/units.ts';
import { openDatabase } from '../../platform/db/open.ts';
import { buildServer } from '../../server.ts';
import { configFrom, type GlobalOptions } from '../env.ts';
import { buildWebIfStale } from '../web-build.ts';

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('chạy máy chủ web (cổng PORT, mặc định 3000)')
    .option('--port <n>', 'cổng (hoặc PORT)')
    .option('--build-web', 'dựng giao diện web nếu chưa dựng hoặc đã cũ')
    .option('--demo-if-empty', 'nạp dữ liệu minh họa khi cơ sở dữ liệu chưa có xã nào')
    .action(async (opts: { port?: string; buildWeb?: boolean; demoIfEmpty?: boolean }) => {
      const global = program.opts<GlobalOptions>();
      const config = configFrom(global);
      if (opts.port) config.port = Number(opts.port);
      if (opts.buildWeb) await buildWebIfStale();
      const db = await openDatabase(config);
      if (opts.demoIfEmpty && !(await hasAnyCommune(db))) {
        console.log('Cơ sở dữ liệu trống: đang nạp dữ liệu minh họa…');
        await loadDemo(db, new Date(), (step) => console.log(`  - ${step}`));
      }
      const app = await buildServer({ db, secureCookies: config.secureCookies, logLevel: config.logLevel });
      const close = async () => {
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      await app.listen({ port: config.port, host: config.host });
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite tại ${config.dataDir}`;
      console.log(`\nDân Vận đang chạy: http://localhost:${config.port}  (cơ sở dữ liệu: ${where})`);
      console.log(
        `Cổng công dân: http://localhost:${config.port}/cong-dan   Tài liệu API: http://localhost:${config.port}/api/docs`,
      );
      if (await hasDemo(db)) {
        console.log(`\nTài khoản minh họa (mật khẩu chung: ${demoPassword}):`);
        for (const l of demoLogins) console.log(`  ${l.role.padEnd(30)} ${l.username}`);
      }
    });
}
