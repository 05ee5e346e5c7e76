import { ApiError, csrfHeaders, toApiError } from './api.ts';
import { common } from './messages.ts';

export interface UploadOptions {
  contentType: string;
  /** Fraction of the body sent so far, 0–1. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs a file as the raw request body and reads the JSON answer. XMLHttpRequest rather than
 * fetch: only it reports upload progress, which a large provincial export needs for a progress bar.
 */
export function upload<T>(path: string, body: Blob, opts: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', opts.contentType);
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as T);
      else reject(toApiError(xhr.status, xhr.getResponseHeader('retry-after'), xhr.response));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', message: common.networkError }));
    xhr.onabort = () => reject(new DOMException('Đã hủy', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
