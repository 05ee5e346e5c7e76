import { common } from './messages.ts';

/** Field path → Vietnamese message, as sent by the server next to a 400. */
export type FieldErrors = Record<string, string>;

/** Any non-2xx answer (or a network failure, status 0) as one typed error. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  readonly requestId: string | undefined;
  /** Seconds from a Retry-After header (sent with 429), when present. */
  readonly retryAfter: number | undefined;
  /** False when the body had no message and `message` is our generic fallback. */
  readonly fromServer: boolean;
  /** The whole `error` object of the answer, for pages that read more than the message (row lists). */
  readonly detail: Record<string, unknown>;

  constructor(opts: {
    status: number;
    code: string;
    message: string;
    fields?: FieldErrors;
    requestId?: string;
    retryAfter?: number;
    fromServer?: boolean;
    detail?: Record<string, unknown>;
  }) {
    super(opts.message);
    this.name = 'ApiError';
    this.status = opts.status;
    this.code = opts.code;
    this.fields = opts.fields ?? {};
    this.requestId = opts.requestId;
    this.retryAfter = opts.retryAfter;
    this.fromServer = opts.fromServer ?? false;
    this.detail = opts.detail ?? {};
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

// The CSRF token comes from login or /me; the session cookie itself is httpOnly.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ status: 0, code: 'NETWORK', message: common.networkError });
  }

  if (res.status === 204) return undefined as T;
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  throw toApiError(res.status, res.headers.get('retry-after'), body);
}

/** The CSRF header for a write, for requests made outside `api` (uploads with progress). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** A non-2xx answer's JSON body (`{error: {code, message, fields, requestId, …}}`) as an ApiError. */
export function toApiError(status: number, retryAfterHeader: string | null, body: unknown): ApiError {
  const err = (body as { error?: Partial<Record<string, unknown>> } | null)?.error;
  const retryAfter = Number(retryAfterHeader);
  const fromServer = typeof err?.message === 'string' && err.message !== '';
  return new ApiError({
    status,
    code: typeof err?.code === 'string' ? err.code : `HTTP_${status}`,
    message: fromServer ? String(err.message) : common.unexpectedError,
    fromServer,
    fields: isFieldErrors(err?.fields) ? err.fields : undefined,
    requestId: typeof err?.requestId === 'string' ? err.requestId : undefined,
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    detail: err && typeof err === 'object' ? err : undefined,
  });
}

function isFieldErrors(v: unknown): v is FieldErrors {
  return typeof v === 'object' && v !== null && Object.values(v).every((m) => typeof m === 'string');
}
