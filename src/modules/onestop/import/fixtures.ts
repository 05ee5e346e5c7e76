// Generated dossier lists whose statistics are known in advance, for the import tests
// (issue 4, "what it must show" 1 and 2). Not used by the application.

export const canonicalHeader = [
  'Mã hồ sơ',
  'Mã thủ tục',
  'Tên thủ tục',
  'Lĩnh vực',
  'Hình thức tiếp nhận',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày trả kết quả',
  'Trạng thái',
];

const quote = (cell: string) => (/[",\n\r;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
export const csvLine = (cells: readonly string[], delimiter = ',') => cells.map(quote).join(delimiter);
export const toCsv = (rows: readonly (readonly string[])[], header: readonly string[] = canonicalHeader) =>
  `${[header, ...rows].map((r) => csvLine(r)).join('\r\n')}\r\n`;

interface Group {
  n: number;
  channel: string;
  received: string;
  due: string;
  returned: string;
  status: string;
  procedure?: [code: string, name: string, sector: string];
}

const birth: [string, string, string] = ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch'];
const land: [string, string, string] = [
  '1.004227',
  'Chứng thực hợp đồng, giao dịch liên quan đến đất đai',
  'Chứng thực',
];

/**
 * The period 2025-01-01 → 2025-03-31 and 32 dossiers, in groups whose place in the statistics is
 * written next to them. Dates mix dd/mm/yyyy, ISO and times, as real exports do.
 */
export const knownPeriod = { from: '2025-01-01', to: '2025-03-31' };
const groups: Group[] = [
  // outside: received and returned before the period
  {
    n: 3,
    channel: 'Trực tiếp',
    received: '04/11/2024',
    due: '08/11/2024',
    returned: '07/11/2024',
    status: 'Đã trả kết quả',
  },
  // carried over (received before, open at the start), returned early in the period
  {
    n: 2,
    channel: 'Trực tiếp',
    received: '2024-12-20',
    due: '2025-01-06',
    returned: '2025-01-03',
    status: 'Đã trả kết quả',
  },
  // carried over, still pending at the end, overdue
  {
    n: 1,
    channel: 'Trực tuyến',
    received: '23/12/2024 14:30',
    due: '27/12/2024',
    returned: '',
    status: 'Đang xử lý',
  },
  // carried over, withdrawn in the period (closing date in the return-date column)
  {
    n: 1,
    channel: 'Trực tuyến',
    received: '10/12/2024',
    due: '15/12/2024',
    returned: '15/01/2025',
    status: 'Công dân rút hồ sơ',
  },
  // received in the period, returned early
  {
    n: 5,
    channel: 'Trực tiếp',
    received: '06/01/2025 08:15',
    due: '10/01/2025',
    returned: '09/01/2025',
    status: 'Đã trả kết quả',
    procedure: birth,
  },
  // returned on the appointment date
  {
    n: 4,
    channel: 'Trực tuyến',
    received: '03/02/2025',
    due: '07/02/2025',
    returned: '07/02/2025 16:00',
    status: 'Đã trả kết quả',
    procedure: birth,
  },
  // returned late
  {
    n: 3,
    channel: 'Bưu chính công ích',
    received: '10/02/2025',
    due: '12/02/2025',
    returned: '14/02/2025',
    status: 'Đã trả kết quả',
  },
  // pending at the end, within the deadline
  {
    n: 2,
    channel: 'Trực tuyến',
    received: '25/03/2025',
    due: '02/04/2025',
    returned: '',
    status: 'Đang xử lý',
  },
  // pending at the end, overdue
  {
    n: 2,
    channel: 'Trực tiếp',
    received: '10/03/2025',
    due: '14/03/2025',
    returned: '',
    status: 'Đang xử lý',
  },
  // returned after the period: pending at its end, due on its last day → within the deadline
  {
    n: 1,
    channel: 'Trực tiếp',
    received: '27/03/2025',
    due: '31/03/2025',
    returned: '01/04/2025',
    status: 'Đã trả kết quả',
  },
  // withdrawn, no closing date → closed the day received
  {
    n: 2,
    channel: 'Trực tuyến',
    received: '03/03/2025',
    due: '07/03/2025',
    returned: '',
    status: 'Công dân rút hồ sơ',
  },
  // rejected with a closing date
  {
    n: 1,
    channel: 'Trực tiếp',
    received: '20/01/2025',
    due: '24/01/2025',
    returned: '22/01/2025',
    status: 'Từ chối',
  },
  // rejected without one
  {
    n: 1,
    channel: 'Bưu chính công ích',
    received: '20/02/2025',
    due: '25/02/2025',
    returned: '',
    status: 'Từ chối',
  },
  // outside: received after the period
  {
    n: 4,
    channel: 'Trực tuyến',
    received: '07/04/2025',
    due: '10/04/2025',
    returned: '',
    status: 'Đang xử lý',
  },
];

/** The 32 rows of the known file, codes HS-0001 …; `procedure` defaults to the land one. */
export function knownRows(): string[][] {
  const rows: string[][] = [];
  for (const g of groups) {
    for (let i = 0; i < g.n; i++) {
      const [code, name, sector] = g.procedure ?? land;
      const id = `HS-${String(rows.length + 1).padStart(4, '0')}`;
      rows.push([id, code, name, sector, g.channel, g.received, g.due, g.returned, g.status]);
    }
  }
  return rows;
}

/** What `danvan stats --from 2025-01-01 --to 2025-03-31` must say about the known file. */
export const knownCounts = {
  'onestop.dossiers.carriedOver': 4,
  'onestop.dossiers.received': 21,
  'onestop.dossiers.receivedOnline': 8,
  'onestop.dossiers.receivedDirect': 9,
  'onestop.dossiers.receivedPostal': 4,
  'onestop.dossiers.resolved': 14,
  'onestop.dossiers.resolvedEarly': 7,
  'onestop.dossiers.resolvedOnTime': 4,
  'onestop.dossiers.resolvedLate': 3,
  'onestop.dossiers.pendingWithinDeadline': 3,
  'onestop.dossiers.pendingOverdue': 3,
  'onestop.dossiers.withdrawn': 3,
  'onestop.dossiers.rejected': 2,
  'onestop.onlineRate': 8 / 21,
};
