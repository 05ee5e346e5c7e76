// Expected failures of intake carry a code for scripts and a Vietnamese message for people.
// The platform's shared AppError does not exist yet; this class has the same shape so it can be
// mapped onto it (or replaced by it) without changing callers.
export type IntakeErrorCode =
  | 'intake.unsupportedFormat'
  | 'intake.pdfNotSupported'
  | 'intake.legacyWord'
  | 'intake.notUtf8'
  | 'intake.unreadable'
  | 'intake.empty';

export class IntakeError extends Error {
  readonly code: IntakeErrorCode;
  readonly userMessage: string;

  constructor(code: IntakeErrorCode, userMessage: string, options?: { cause?: unknown }) {
    super(`${code}: ${userMessage}`, options);
    this.name = 'IntakeError';
    this.code = code;
    this.userMessage = userMessage;
  }
}
