import type { Command } from 'commander';
import { CommuneInput, ProvinceInput } from '../../modules/units/schema.ts';
import { addCommune, addProvince, listCommunes } from '../../modules/units/service.ts';
import { withContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type GlobalOptions, printJson, withDatabase } from '../env.ts';

export function registerUnitCommands(program: Command) {
  program
    .command('communes')
    .description('liệt kê các xã, phường')
    .option('--json', 'in JSON: [{code, name, province}]')
    .action(async (opts: { json?: boolean }) => {
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const communes = await withContext(db, null, listCommunes);
        const out = communes.map((c) => ({
          code: c.code,
          name: c.name,
          province: c.provinceCode,
          provinceName: c.provinceName,
          district: c.districtName,
        }));
        if (opts.json) return printJson(out);
        for (const c of out)
          console.log(
            `${c.code.padEnd(14)} ${c.name} — ${c.provinceName}${c.district ? ` (${c.district} cũ)` : ''}`,
          );
      });
    });

  const units = program.command('units').description('đơn vị hành chính');
  units
    .command('add')
    .description(
      'thêm tỉnh (--province CODE "TÊN") hoặc xã (--commune CODE "TÊN" --province MÃ_TỈNH [--district "TÊN"])',
    )
    .argument('<name>', 'tên đơn vị')
    .option('--province <code>', 'mã tỉnh')
    .option('--commune <code>', 'mã xã, phường')
    .option('--district <name>', 'huyện cũ (trước 1/7/2025)')
    .option('--json', 'in JSON')
    .action(
      async (
        name: string,
        opts: { province?: string; commune?: string; district?: string; json?: boolean },
      ) => {
        await withDatabase(program.opts<GlobalOptions>(), async (db) => {
          const created = await withContext(db, null, async (ctx) => {
            if (opts.commune) {
              if (!opts.province)
                throw new AppError('validation', 'Thiếu --province MÃ_TỈNH cho xã.', {
                  province: 'Bắt buộc',
                });
              return addCommune(
                ctx,
                CommuneInput.parse({
                  code: opts.commune,
                  name,
                  provinceCode: opts.province,
                  historicalDistrict: opts.district,
                }),
              );
            }
            if (opts.province) return addProvince(ctx, ProvinceInput.parse({ code: opts.province, name }));
            throw new AppError('validation', 'Cần --province CODE hoặc --commune CODE.', {
              province: 'Bắt buộc',
            });
          });
          if (opts.json) return printJson(created);
          console.log(`Đã thêm ${created.name} (${created.code}).`);
        });
      },
    );
}
