import { AppError } from '../../platform/errors.ts';

// Expected failures of intake: an AppError (400 over HTTP, exit 1 in the CLI) with a finer code.
export type IntakeErrorCode =
  | 'intake.unsupportedFormat'
  | 'intake.pdfNoText'
  | 'intake.legacyWord'
  | 'intake.notUtf8'
  | 'intake.unreadable'
  | 'intake.empty';

export class IntakeError extends AppError {
  constructor(
    readonly intakeCode: IntakeErrorCode,
    userMessage: string,
  ) {
    super('bad_input', userMessage);
    this.name = 'IntakeError';
  }
}
