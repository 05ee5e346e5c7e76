import type { Command } from 'commander';
import { type GlobalOptions, printJson, withDatabase } from '../../cli/env.ts';
import { withContext } from '../../platform/context.ts';
import { getCommune } from '../units/service.ts';
import { proposeLettersForReturnedDossiers } from './service.ts';

/**
 * `danvan letters propose --commune <code>`: drafts the Chairman's letters for civil-status
 * dossiers returned since the last run (safe to schedule daily: a dossier gets one letter).
 */
export function registerLetterCommands(program: Command) {
  const letters = program.command('letters').description('thư chúc mừng, chia buồn của Chủ tịch UBND');
  letters
    .command('propose')
    .description('lập dự thảo thư cho các hồ sơ hộ tịch đã trả kết quả mà chưa có thư')
    .requiredOption('--commune <code>', 'mã xã (hoặc DANVAN_COMMUNE)', process.env.DANVAN_COMMUNE)
    .option('--dry-run', 'chỉ đếm, không lưu')
    .option('--json', 'in JSON')
    .action(async (opts: { commune: string; dryRun?: boolean; json?: boolean }) => {
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const rollback = Symbol('dry-run');
        let created: Awaited<ReturnType<typeof proposeLettersForReturnedDossiers>> = [];
        await withContext(db, null, async (ctx) => {
          const commune = await getCommune(ctx, { code: opts.commune });
          created = await proposeLettersForReturnedDossiers(ctx, commune.id);
          // A dry run undoes the transaction after counting.
          if (opts.dryRun) throw rollback;
        }).catch((err) => {
          if (err !== rollback) throw err;
        });
        const summary = { commune: opts.commune, dryRun: Boolean(opts.dryRun), proposed: created.length };
        if (opts.json)
          return printJson({
            ...summary,
            letters: created.map((l) => ({
              id: l.id,
              kind: l.kind,
              dossier: l.dossierCode,
              recipient: l.recipient,
            })),
          });
        console.log(
          `${opts.dryRun ? 'Sẽ lập' : 'Đã lập'} ${created.length} dự thảo thư cho ${opts.commune}.`,
        );
        for (const l of created) console.log(`  ${l.dossierCode}  ${l.kindLabel}: ${l.recipient}`);
      });
    });
}
