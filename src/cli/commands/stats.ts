import type { Command } from 'commander';
import { computeStats } from '../../modules/stats/service.ts';
import { withContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type GlobalOptions, printJson, withDatabase } from '../env.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function registerStatsCommand(program: Command) {
  program
    .command('stats')
    .description('các chỉ tiêu của một xã trong một kỳ')
    .requiredOption('--commune <code>', 'mã xã')
    .requiredOption('--from <date>', 'từ ngày YYYY-MM-DD')
    .requiredOption('--to <date>', 'đến ngày YYYY-MM-DD')
    .option('--json', 'in JSON: {commune, from, to, indicators}')
    .action(async (opts: { commune: string; from: string; to: string; json?: boolean }) => {
      for (const k of ['from', 'to'] as const) {
        if (!isoDate.test(opts[k]) || Number.isNaN(Date.parse(opts[k]))) {
          throw new AppError('validation', `--${k} phải là ngày dạng YYYY-MM-DD.`, { [k]: opts[k] });
        }
      }
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const stats = await withContext(db, null, (ctx) =>
          computeStats(ctx, { code: opts.commune }, { from: opts.from, to: opts.to }),
        );
        const out = {
          commune: stats.commune.code,
          from: stats.from,
          to: stats.to,
          indicators: stats.indicators,
        };
        if (opts.json) return printJson(out);
        console.log(`${stats.commune.name}, ${stats.from} → ${stats.to}`);
        for (const [k, v] of Object.entries(stats.indicators)) console.log(`  ${k.padEnd(40)} ${v}`);
      });
    });
}
