import { formatInt } from '../../domain/vi/index.ts';
import type { OnestopCounts } from './indicators.ts';

const n = (x: number) => formatInt(x);

/**
 * The sentence the reports use (PRIMER §3), from the counts: "tiếp nhận 4.080 hồ sơ (trong đó,
 * tiếp nhận trực tuyến 1.242 hồ sơ, trực tiếp 2.838 hồ sơ). Đã giải quyết: …". Zero parts are left out.
 */
export function onestopSentence(c: OnestopCounts): string {
  if (c.received === 0 && c.carriedOver === 0)
    return 'Trong kỳ, không tiếp nhận hồ sơ thủ tục hành chính nào.';
  const channels = [
    c.receivedOnline && `tiếp nhận trực tuyến ${n(c.receivedOnline)} hồ sơ`,
    c.receivedDirect && `trực tiếp ${n(c.receivedDirect)} hồ sơ`,
    c.receivedPostal && `qua dịch vụ bưu chính công ích ${n(c.receivedPostal)} hồ sơ`,
  ].filter(Boolean);
  const parts: string[] = [];
  parts.push(
    `Trong kỳ, tiếp nhận ${n(c.received)} hồ sơ${channels.length > 1 ? ` (trong đó, ${channels.join(', ')})` : ''}${
      c.carriedOver ? `; kỳ trước chuyển sang ${n(c.carriedOver)} hồ sơ` : ''
    }.`,
  );
  const resolved = [
    c.resolvedEarly && `${n(c.resolvedEarly)} hồ sơ trả kết quả trước hạn`,
    c.resolvedOnTime && `${n(c.resolvedOnTime)} hồ sơ đúng hạn`,
    c.resolvedLate && `quá hạn ${n(c.resolvedLate)} hồ sơ`,
  ].filter(Boolean);
  parts.push(
    `Đã giải quyết: ${n(c.resolved)} hồ sơ${resolved.length ? ` (trong đó ${resolved.join(', ')})` : ''};`,
  );
  const tail = [
    `đang giải quyết trong hạn ${n(c.pendingWithinDeadline)} hồ sơ`,
    c.pendingOverdue && `đang giải quyết quá hạn ${n(c.pendingOverdue)} hồ sơ`,
    c.withdrawn && `công dân rút ${n(c.withdrawn)} hồ sơ`,
    c.rejected && `từ chối ${n(c.rejected)} hồ sơ`,
  ].filter(Boolean);
  const sentence = `${parts.join(' ')} ${tail.join(', ')}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
