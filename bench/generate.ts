import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { canonicalHeader, csvLine } from '../src/modules/onestop/import/fixtures.ts';

/** A commune's catalogue for the benchmark: the codes the generated dossiers refer to. */
export const benchProcedures: [code: string, name: string, sector: string, days: number][] = [
  ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 3],
  ['1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 3],
  ['1.000656', 'Đăng ký khai tử', 'Hộ tịch', 3],
  ['1.004746', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 1],
  ['1.001022', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú', 7],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', 1],
  ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực', 1],
  ['2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 'Chứng thực', 2],
  ['1.004227', 'Chứng thực hợp đồng, giao dịch liên quan đến đất đai', 'Chứng thực', 2],
  ['1.003596', 'Xác nhận hộ gia đình làm nông nghiệp có mức sống trung bình', 'Bảo trợ xã hội', 5],
  ['1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', 'Bảo trợ xã hội', 10],
  ['2.000286', 'Đăng ký hoạt động tín ngưỡng', 'Tôn giáo', 15],
  ['1.002335', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Xây dựng', 15],
  ['1.003005', 'Hòa giải tranh chấp đất đai', 'Đất đai', 30],
];

/** Deterministic (mulberry32), so every run imports the same file. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = 86_400_000;
const start = Date.UTC(2023, 0, 1);
const end = Date.UTC(2025, 11, 31);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const vn = (ms: number) => {
  const s = iso(ms);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
};

/**
 * Writes a canonical dossier list of `rows` rows spread over 2023–2025: the three channels,
 * returned early / on time / late, pending, withdrawn and rejected, some with times of day.
 */
export async function generateCsv(file: string, rows: number): Promise<number> {
  const out = createWriteStream(file);
  const rnd = random(20250101);
  let bytes = 0;
  let chunk = `${csvLine(canonicalHeader)}\r\n`;
  for (let i = 1; i <= rows; i++) {
    const [code, name, sector, days] = benchProcedures[Math.floor(rnd() * benchProcedures.length)] as [
      string,
      string,
      string,
      number,
    ];
    const received = start + Math.floor(rnd() * ((end - start) / day)) * day;
    const due = received + Math.ceil(days * 1.4) * day;
    const r = rnd();
    const channel = r < 0.45 ? 'Trực tuyến' : r < 0.97 ? 'Trực tiếp' : 'Bưu chính công ích';
    const s = rnd();
    let status = 'Đã trả kết quả';
    let returned = '';
    if (s < 0.9) {
      const offset = Math.floor(rnd() * (Math.ceil(days * 1.4) + 4)) * day;
      returned = vn(Math.min(received + offset, end));
    } else if (s < 0.96) status = 'Đang xử lý';
    else if (s < 0.98) {
      status = 'Công dân rút hồ sơ';
      if (rnd() < 0.5) returned = vn(received + day);
    } else status = 'Từ chối';
    const receivedText =
      rnd() < 0.3
        ? `${vn(received)} ${String(7 + Math.floor(rnd() * 10)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`
        : vn(received);
    const dossierCode = `000.00.${String(10 + (i % 90)).padStart(2, '0')}.H${String(i).padStart(8, '0')}`;
    chunk += `${csvLine([dossierCode, code, name, sector, channel, receivedText, vn(due), returned, status])}\r\n`;
    if (chunk.length > 1 << 16) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += Buffer.byteLength(chunk);
  out.end(chunk);
  await once(out, 'finish');
  return bytes;
}
