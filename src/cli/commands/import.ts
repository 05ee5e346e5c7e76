import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';
import { formatInt } from '../../domain/vi/index.ts';
import { type ImportOptions, importDossiers } from '../../modules/onestop/import/dossiers-import.ts';
import { dossierFields, procedureFields } from '../../modules/onestop/import/fields.ts';
import { parseMappingJson } from '../../modules/onestop/import/headers.ts';
import { importProcedures } from '../../modules/onestop/import/procedures-import.ts';
import { ImportRejected } from '../../modules/onestop/import/rejection.ts';
import type { ImportProgress, ImportResult } from '../../modules/onestop/import/schema.ts';
import { getCommune } from '../../modules/units/service.ts';
import { withContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type GlobalOptions, printJson, withDatabase } from '../env.ts';

interface ImportCliOptions {
  commune: string;
  mapping?: string;
  dryRun?: boolean;
  json?: boolean;
}

const kinds = {
  dossiers: { fields: dossierFields, run: importDossiers, what: 'hồ sơ' },
  procedures: { fields: procedureFields, run: importProcedures, what: 'thủ tục' },
} as const;

const phaseLabels: Record<ImportProgress['phase'], string> = {
  reading: 'đọc và kiểm tra từng dòng',
  checking: 'kiểm tra trùng mã',
  writing: 'ghi vào cơ sở dữ liệu',
  done: 'xong',
};

/**
 * `danvan import dossiers FILE --commune CODE` and `danvan import procedures FILE --commune CODE`.
 * Exit codes: 0 imported (or checked, with --dry-run); 1 the file was refused (row errors printed,
 * nothing written) or another expected error; 2 an unexpected failure.
 */
export function registerImportCommands(program: Command) {
  const command = program.command('import').description('nhập dữ liệu từ tệp CSV hoặc Excel (.xlsx)');
  for (const kind of ['dossiers', 'procedures'] as const) {
    command
      .command(kind)
      .description(
        kind === 'dossiers'
          ? 'nhập danh sách hồ sơ xuất từ hệ thống một cửa của tỉnh (bố cục: docs/onestop-import.md)'
          : 'nhập danh mục thủ tục hành chính của xã',
      )
      .argument('<file>', 'tệp .csv (UTF-8) hoặc .xlsx')
      .addOption(new Option('--commune <code>', 'mã xã, phường').env('DANVAN_COMMUNE').makeOptionMandatory())
      .addOption(
        new Option(
          '--mapping <json>',
          'bảng ánh xạ cột cho bố cục khác, JSON {"Mã hồ sơ": "Số biên nhận", …} hoặc đường dẫn tệp .json; được lưu cho lần sau',
        ).env('DANVAN_IMPORT_MAPPING'),
      )
      .option('--dry-run', 'chỉ kiểm tra và đếm, không ghi gì')
      .option('--json', 'in kết quả JSON')
      .action(async (file: string, opts: ImportCliOptions) => runImport(program, kind, file, opts));
  }
}

async function runImport(program: Command, kind: keyof typeof kinds, file: string, opts: ImportCliOptions) {
  const { fields, run, what } = kinds[kind];
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new AppError('validation', `Không mở được tệp ${file}.`, { file: 'Không tồn tại' });
    },
  );
  const mappingText =
    opts.mapping === undefined || opts.mapping.trim().startsWith('{')
      ? opts.mapping
      : await readFile(opts.mapping, 'utf8').catch(() => {
          throw new AppError('validation', `Không đọc được tệp ánh xạ cột ${opts.mapping}.`, {
            mapping: 'Không tồn tại',
          });
        });
  // Parsed up front, so a mistyped mapping fails before the database is opened.
  const mapping = parseMappingJson(mappingText, fields) as ImportOptions<string>['mapping'];

  const bar = new SingleBar({
    format: '{bar} {percentage}% | {rows} dòng | {phase}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
  });
  const showBar = !opts.json && process.stderr.isTTY;
  if (showBar) bar.start(size, 0, { rows: '0', phase: phaseLabels.reading });
  const onProgress = (p: ImportProgress) => {
    if (showBar) bar.update(p.bytes, { rows: formatInt(p.rows), phase: phaseLabels[p.phase] });
  };

  await withDatabase(program.opts<GlobalOptions>(), async (db) => {
    let result: ImportResult;
    try {
      result = await withContext(db, null, async (ctx) => {
        const commune = await getCommune(ctx, { code: opts.commune });
        return run(
          ctx,
          commune.id,
          { input: file, totalBytes: size, fileName: path.basename(file) },
          { mapping, dryRun: opts.dryRun, onProgress },
        );
      });
    } catch (err) {
      if (showBar) bar.stop();
      if (!(err instanceof ImportRejected)) throw err;
      printRejection(err, opts.json);
      process.exitCode = 1;
      return;
    }
    if (showBar) bar.stop();
    if (opts.json) return printJson(result);
    const counts = `${formatInt(result.rows)} dòng — thêm mới ${formatInt(result.inserted)}, cập nhật ${formatInt(result.updated)}, không đổi ${formatInt(result.unchanged)} ${what}.`;
    console.log(
      result.dryRun
        ? `Chạy thử, chưa ghi gì: ${result.fileName} (${result.format.toUpperCase()}) hợp lệ, ${counts}`
        : `Đã nhập ${result.fileName} (${result.format.toUpperCase()}): ${counts}`,
    );
  });
}

function printRejection(err: ImportRejected, json?: boolean) {
  if (json) {
    printJson({
      error: { code: err.code, message: err.userMessage, rows: err.rows, errorCount: err.errorCount },
    });
    return;
  }
  const lines = [`Lỗi: ${err.userMessage}`];
  for (const r of err.rows) {
    const where = r.line > 0 ? `Dòng ${r.line}` : 'Tệp';
    lines.push(`  ${where}, cột "${r.column}": ${r.reason}`);
  }
  if (err.errorCount > err.rows.length)
    lines.push(`  … và ${formatInt(err.errorCount - err.rows.length)} lỗi khác.`);
  process.stderr.write(`${lines.join('\n')}\n`);
}
