import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError, type z } from 'zod';
import { AppError, type ErrorCode } from '../errors.ts';

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  bad_input: 400,
  unauthenticated: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  database_busy: 503,
};

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; requestId?: string };
}

export function fieldsOf(
  issues: readonly z.core.$ZodIssue[] | readonly { path: readonly PropertyKey[]; message: string }[],
) {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '(toàn bộ)';
    fields[key] ??= issue.message;
  }
  return fields;
}

function validationBody(fields: Record<string, string>, requestId: string): ErrorBody {
  const list = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return { error: { code: 'validation', message: `Dữ liệu không hợp lệ — ${list}`, fields, requestId } };
}

// PostgreSQL error codes that mean the request, not the server, was wrong.
const pgClientErrors: Record<string, [number, string, string]> = {
  '42501': [404, 'not_found', 'Bản ghi không tồn tại hoặc bạn không có quyền.'],
  '23505': [409, 'conflict', 'Bản ghi đã tồn tại.'],
  '23503': [400, 'validation', 'Dữ liệu tham chiếu tới bản ghi không tồn tại.'],
  '22P02': [400, 'validation', 'Giá trị không đúng định dạng.'],
  '22007': [400, 'validation', 'Ngày tháng không hợp lệ.'],
  '22008': [400, 'validation', 'Ngày tháng nằm ngoài phạm vi cho phép.'],
  '22003': [400, 'validation', 'Số quá lớn.'],
  '22001': [400, 'validation', 'Chuỗi quá dài.'],
};

const httpMessages: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ.',
  401: 'Bạn cần đăng nhập.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy.',
  405: 'Phương thức không được hỗ trợ.',
  406: 'Định dạng không được hỗ trợ.',
  413: 'Dữ liệu gửi lên quá lớn.',
  415: 'Kiểu nội dung không được hỗ trợ (hãy gửi JSON).',
  429: 'Bạn thao tác quá nhanh, vui lòng thử lại sau.',
};

/** The one place where errors become HTTP answers. No stack trace ever leaves the server. */
export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const requestId = String(request.id);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const fields = fieldsOf(
      err.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)],
        message: v.message ?? '',
      })),
    );
    return reply.status(400).send(validationBody(fields, requestId));
  }
  if (err instanceof ZodError) return reply.status(400).send(validationBody(fieldsOf(err.issues), requestId));
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.userMessage, requestId } };
    if (err.fields) body.error.fields = err.fields;
    return reply.status(statusOf[err.code]).send(body);
  }
  const pgCode = (err as { code?: string }).code;
  const pg = pgCode ? pgClientErrors[pgCode] : undefined;
  if (pg) return reply.status(pg[0]).send({ error: { code: pg[1], message: pg[2], requestId } });
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = httpMessages[status] ?? httpMessages[400];
    return reply.status(status).send({ error: { code: err.code ?? 'bad_request', message, requestId } });
  }
  request.log.error({ err, requestId }, 'request failed');
  return reply.status(500).send({
    error: {
      code: 'internal',
      message: `Đã có lỗi máy chủ. Vui lòng thử lại; nếu còn lỗi, báo mã ${requestId}.`,
      requestId,
    },
  });
}
