import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { renderDocx } from '../../modules/reports/docx.ts';
import { createReport } from '../../modules/reports/drafts.ts';
import type { Genre } from '../../modules/reports/model.ts';
import { customPeriod, parsePeriod } from '../../modules/reports/period.ts';
import { draftReport } from '../../modules/reports/service.ts';
import { getCommune } from '../../modules/units/service.ts';
import { withContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type GlobalOptions, withDatabase } from '../env.ts';

const genres: Genre[] = ['dan-van', 'so-ket', 'cchc'];

export function registerReportCommand(program: Command) {
  program
    .command('report')
    .description('lập dự thảo báo cáo từ dữ liệu, xuất DOCX theo thể thức Nghị định 30/2020/NĐ-CP')
    .argument('<genre>', `loại báo cáo: ${genres.join(' | ')}`)
    .requiredOption('--commune <code>', 'mã xã')
    .option('--period <period>', 'kỳ báo cáo: 2025-H1, 2025 hoặc 2021..2025')
    .option('--from <date>', 'từ ngày YYYY-MM-DD (thay cho --period)')
    .option('--to <date>', 'đến ngày YYYY-MM-DD')
    .requiredOption('--out <file>', 'tệp .docx đích')
    .option('--save', 'lưu thành dự thảo trong Dân Vận để cán bộ sửa tiếp trên giao diện')
    .action(
      async (
        genre: string,
        opts: { commune: string; period?: string; from?: string; to?: string; out: string; save?: boolean },
      ) => {
        if (!genres.includes(genre as Genre)) {
          throw new AppError('validation', `Loại báo cáo "${genre}" không có: dùng ${genres.join(', ')}.`, {
            genre,
          });
        }
        const period = opts.period
          ? parsePeriod(opts.period)
          : opts.from && opts.to
            ? customPeriod(opts.from, opts.to)
            : (() => {
                throw new AppError('validation', 'Cần --period hoặc cả --from và --to.', {
                  period: 'Bắt buộc',
                });
              })();
        await withDatabase(program.opts<GlobalOptions>(), async (db) => {
          const { draft, saved } = await withContext(db, null, async (ctx) => {
            if (!opts.save) {
              return {
                draft: await draftReport(ctx, { code: opts.commune }, genre as Genre, period),
                saved: null,
              };
            }
            const commune = await getCommune(ctx, { code: opts.commune });
            const report = await createReport(ctx, commune.id, {
              genre: genre as Genre,
              ...(opts.period ? { period: opts.period } : { from: opts.from, to: opts.to }),
            });
            return { draft: report.content, saved: report };
          });
          await writeFile(opts.out, await renderDocx(draft));
          console.log(`Đã lập dự thảo báo cáo ${draft.summary} của ${draft.commune.name}: ${opts.out}`);
          if (saved) console.log(`Đã lưu dự thảo (phiên bản ${saved.version}), mã ${saved.id}.`);
        });
      },
    );
}
