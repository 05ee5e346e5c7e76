import type { Command } from 'commander';
import { intakeFile } from '../../modules/intake/intake.ts';
import { printJson } from '../env.ts';

export function registerIntakeCommand(program: Command) {
  program
    .command('intake')
    .description('đọc một báo cáo viết tay (.docx, .txt): chỉ tiêu, văn bản được dẫn, số liệu không khớp')
    .argument('<file>', 'tệp báo cáo')
    .option('--json', 'in JSON: {commune, period, indicators, documents, findings}')
    .action(async (file: string, opts: { json?: boolean }) => {
      const result = await intakeFile(file);
      if (opts.json) return printJson(result);
      console.log(
        `${result.commune?.name ?? '(không rõ xã)'} — kỳ ${result.period ? `${result.period.from} → ${result.period.to}` : '(không rõ)'}`,
      );
      for (const [key, v] of Object.entries(result.indicators)) console.log(`  ${key.padEnd(44)} ${v.value}`);
      console.log(`Văn bản được dẫn: ${result.documents.length}`);
      if (result.findings.length === 0) console.log('Không phát hiện số liệu mâu thuẫn.');
      for (const f of result.findings) console.log(`  ! [${f.rule}] ${f.message}`);
    });
}
