import { Command } from 'commander';
import '../platform/validation.ts';
import { registerLetterCommands } from '../modules/letters/cli.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerCalendarCommands } from './commands/calendar.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerImportCommands } from './commands/import.ts';
import { registerIntakeCommand } from './commands/intake.ts';
import { registerReportCommand } from './commands/report.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStatsCommand } from './commands/stats.ts';
import { registerUnitCommands } from './commands/units.ts';
import { registerUserCommands } from './commands/users.ts';
import { fail } from './env.ts';

const program = new Command('danvan')
  .description('Dân Vận — dân vận chính quyền và cải cách hành chính cấp xã')
  .option('--data <dir>', 'thư mục dữ liệu PGlite (hoặc DANVAN_DATA_DIR)')
  .option('--database-url <url>', 'máy chủ PostgreSQL (hoặc DATABASE_URL)')
  .showHelpAfterError();

registerServeCommand(program);
registerDemoCommand(program);
registerUnitCommands(program);
registerUserCommands(program);
registerStatsCommand(program);
registerImportCommands(program);
registerBackupCommands(program);
registerIntakeCommand(program);
registerReportCommand(program);
registerCalendarCommands(program);
registerLetterCommands(program);

program.parseAsync(process.argv).catch(fail);
