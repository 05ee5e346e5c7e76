/** Expected failures, with a message for the user in Vietnamese. Mapped to HTTP in one place (http/errors.ts). */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'database_busy'
  | 'bad_input';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    readonly fields?: Record<string, string>,
  ) {
    super(userMessage);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Bản ghi') =>
  new AppError('not_found', `${what} không tồn tại hoặc bạn không có quyền xem.`);
export const forbidden = (msg = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError('forbidden', msg);
