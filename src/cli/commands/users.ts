import type { Command } from 'commander';
import { duties, roles } from '../../modules/users/schema.ts';
import { addUser } from '../../modules/users/service.ts';
import { withContext } from '../../platform/context.ts';
import { type GlobalOptions, printJson, withDatabase } from '../env.ts';

export function registerUserCommands(program: Command) {
  const users = program.command('users').description('tài khoản');
  users
    .command('add')
    .description('thêm tài khoản')
    .argument('<username>', 'tên đăng nhập')
    .requiredOption('--name <fullName>', 'họ và tên')
    .requiredOption('--role <role>', `vai trò: ${roles.join(' | ')}`)
    .option('--password <password>', 'mật khẩu (hoặc DANVAN_PASSWORD), ít nhất 8 ký tự')
    .option('--commune <code>', 'mã xã (officer, leader)')
    .option('--province <code>', 'mã tỉnh (province)')
    .option('--duties <list>', `nhiệm vụ, cách nhau dấu phẩy: ${duties.join(',')}`)
    .option('--position <title>', 'chức vụ')
    .option('--json', 'in JSON')
    .action(async (username: string, opts: Record<string, string | boolean | undefined>) => {
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const user = await withContext(db, null, (ctx) =>
          addUser(ctx, {
            username,
            fullName: String(opts.name),
            role: opts.role as (typeof roles)[number],
            password: String(opts.password ?? process.env.DANVAN_PASSWORD ?? ''),
            communeCode: (opts.commune as string) ?? null,
            provinceCode: (opts.province as string) ?? null,
            duties: opts.duties ? (String(opts.duties).split(',') as (typeof duties)[number][]) : [],
            position: (opts.position as string) ?? null,
          }),
        );
        if (opts.json) return printJson(user);
        console.log(`Đã thêm tài khoản ${user.username} (${user.role}).`);
      });
    });
}
