import type { Command } from 'commander';
import type { z } from 'zod';
import { weekdayOf } from '../../domain/calendar/index.ts';
import { formatDate } from '../../domain/vi/index.ts';
import { CalendarDate, CalendarYearNumber, DayCount } from '../../modules/calendar/schema.ts';
import { holidays, workingDaysAfter } from '../../modules/calendar/service.ts';
import { withContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type GlobalOptions, printJson, withDatabase } from '../env.ts';

const weekdayName = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** A command-line argument checked by the module's schema; a bad one exits 1 with the Vietnamese reason. */
function argument<S extends z.ZodType>(schema: S, value: string, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? 'không hợp lệ';
  throw new AppError('validation', `${what} "${value}" không hợp lệ: ${reason}.`);
}

export function registerCalendarCommands(program: Command) {
  const calendar = program
    .command('calendar')
    .description('lịch làm việc: ngày nghỉ lễ, nghỉ bù, cộng ngày làm việc (theo lịch đã cấu hình)');

  calendar
    .command('holidays')
    .description(
      'các ngày nghỉ trong năm (lễ, Tết, nghỉ bù, nghỉ theo thông báo), không kể thứ Bảy, Chủ nhật',
    )
    .argument('<year>', 'năm, ví dụ 2026')
    .option('--json', 'in JSON: [{date, name}]')
    .action(async (yearText: string, opts: { json?: boolean }) => {
      const year = argument(CalendarYearNumber, yearText, 'Năm');
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const days = await withContext(db, null, (ctx) => holidays(ctx, year));
        if (opts.json) return printJson(days.map(({ date, name }) => ({ date, name })));
        if (days.length === 0) return console.log(`Năm ${year} không có ngày nghỉ lễ nào.`);
        console.log(`Các ngày nghỉ năm ${year} (${days.length} ngày):`);
        for (const d of days)
          console.log(`  ${weekdayName[weekdayOf(d.date)]?.padEnd(8)} ${formatDate(d.date)}  ${d.name}`);
      });
    });

  calendar
    .command('add-working-days')
    .description('ngày làm việc thứ N sau một ngày (thời hạn tính bằng ngày làm việc)')
    .argument('<date>', 'ngày bắt đầu, dạng YYYY-MM-DD')
    .argument('<n>', 'số ngày làm việc (số nguyên ≥ 0)')
    .option('--json', 'in JSON: {"date": "YYYY-MM-DD"}')
    .action(async (dateText: string, nText: string, opts: { json?: boolean }) => {
      const date = argument(CalendarDate, dateText, 'Ngày');
      if (!/^\d+$/.test(nText.trim()))
        throw new AppError('validation', `Số ngày "${nText}" không hợp lệ: phải là số nguyên ≥ 0.`);
      const n = argument(DayCount, nText, 'Số ngày');
      await withDatabase(program.opts<GlobalOptions>(), async (db) => {
        const due = await withContext(db, null, (ctx) => workingDaysAfter(ctx, date, n));
        if (opts.json) return printJson({ date: due });
        console.log(
          `${formatDate(date)} + ${n} ngày làm việc = ${weekdayName[weekdayOf(due)]} ${formatDate(due)}`,
        );
      });
    });
}
