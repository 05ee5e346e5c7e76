import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/types.ts';
import { freshDatabase } from '../../../testing/database.ts';
import { factories } from '../../../testing/factories.ts';
import { computeStats } from '../../stats/service.ts';
import type { CommuneDetail } from '../../units/schema.ts';
import { saveProcedure } from '../procedures.ts';
import { type ImportOptions, importDossiers } from './dossiers-import.ts';
import { type DossierField, dossierFields } from './fields.ts';
import { canonicalHeader, knownCounts, knownPeriod, knownRows, toCsv } from './fixtures.ts';
import { normalizeMapping } from './headers.ts';
import { ImportRejected } from './rejection.ts';

const asOf = new Date('2026-01-15T03:00:00Z');

describe('dossier import', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let commune: CommuneDetail;

  beforeAll(async () => {
    ({ db, dispose } = await freshDatabase());
    const f = factories(db);
    const province = await f.makeProvince();
    commune = await f.makeCommune(province.code);
    await withContext(db, null, (ctx) =>
      saveProcedure(ctx, commune.id, {
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        sector: 'Hộ tịch',
        processingDays: 3,
      }),
    );
  });
  afterAll(() => dispose?.());

  const run = (content: string | Buffer, options: ImportOptions<DossierField> = {}, communeId = commune.id) =>
    withContext(
      db,
      null,
      (ctx) =>
        importDossiers(
          ctx,
          communeId,
          { input: Readable.from([Buffer.from(content)]), fileName: 'ds.csv' },
          options,
        ),
      { asOf },
    );
  const stats = async (communeId = commune.id) =>
    (await withContext(db, null, (ctx) => computeStats(ctx, { id: communeId }, knownPeriod))).indicators;
  const count = async (communeId = commune.id) =>
    (
      await db.query<{ n: number }>('select count(*)::int as n from dossiers where commune_id = $1', [
        communeId,
      ])
    )[0]?.n;
  const rejection = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportRejected);
    return err as ImportRejected;
  };

  it('imports the canonical layout and the statistics are exactly the counts the file implies', async () => {
    const progress: string[] = [];
    const result = await run(toCsv(knownRows()), { onProgress: (p) => progress.push(p.phase) });
    expect(result).toMatchObject({
      rows: 32,
      inserted: 32,
      updated: 0,
      unchanged: 0,
      format: 'csv',
      errors: [],
    });
    expect(progress.at(-1)).toBe('done');
    expect(progress).toContain('writing');
    const indicators = await stats();
    for (const [key, value] of Object.entries(knownCounts))
      expect(indicators[key], key).toBeCloseTo(value, 12);

    const [row] = await db.query<Record<string, unknown>>(
      `select d.source, d.received_at, d.received_date, d.original_due_date, d.due_date, d.lookup_key, d.search_text,
              d.procedure_id = p.id as linked, d.sector
       from dossiers d left join procedures p on p.commune_id = d.commune_id and p.code = '1.001193'
       where d.commune_id = $1 and d.code = 'HS-0008'`,
      [commune.id],
    );
    expect(row).toMatchObject({
      source: 'import',
      received_date: '2025-01-06',
      due_date: '2025-01-10',
      original_due_date: '2025-01-10',
      linked: true,
      sector: 'Hộ tịch',
      search_text: 'hs-0008 dang ky khai sinh',
    });
    // "06/01/2025 08:15" in Asia/Ho_Chi_Minh
    expect((row!.received_at as Date).toISOString()).toBe('2025-01-06T01:15:00.000Z');
    expect(row?.lookup_key).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const [unlinked] = await db.query<{ procedure_id: string | null; received_at: Date }>(
      `select procedure_id, received_at from dossiers where commune_id = $1 and code = 'HS-0001'`,
      [commune.id],
    );
    expect(unlinked?.procedure_id).toBeNull();
    expect(unlinked?.received_at.toISOString()).toBe('2024-11-03T17:00:00.000Z');

    const audit = await db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where commune_id = $1 and entity = 'dossier_import'`,
      [commune.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ fileName: 'ds.csv', inserted: 32, updated: 0, unchanged: 0 });
    expect(
      (await db.query(`select 1 from audit_log where commune_id = $1 and entity = 'dossier'`, [commune.id]))
        .length,
    ).toBe(0);
  });

  it('is idempotent: the same file again changes nothing and the statistics stay the same', async () => {
    const before = await stats();
    const keys = await db.query(
      'select code, lookup_key, updated_at from dossiers where commune_id = $1 order by code',
      [commune.id],
    );
    const result = await run(toCsv(knownRows()));
    expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 32 });
    expect(await stats()).toEqual(before);
    expect(
      await db.query(
        'select code, lookup_key, updated_at from dossiers where commune_id = $1 order by code',
        [commune.id],
      ),
    ).toEqual(keys);
  });

  it('an updated export updates only the rows it changed, and adds the new ones', async () => {
    const rows = knownRows();
    // HS-0020 (pending within the deadline) is now returned; HS-0007's procedure name was corrected.
    const hs20 = rows[19] as string[];
    hs20[7] = '31/03/2025';
    hs20[8] = 'Đã trả kết quả';
    (rows[6] as string[])[2] = 'Chứng thực hợp đồng giao dịch về đất đai';
    rows.push([
      'HS-9999',
      '',
      'Cấp bản sao trích lục hộ tịch',
      'Hộ tịch',
      'Trực tiếp',
      '31/03/2025',
      '31/03/2025',
      '31/03/2025',
      'Đã trả kết quả',
    ]);
    const result = await run(toCsv(rows));
    expect(result).toMatchObject({ rows: 33, inserted: 1, updated: 2, unchanged: 30 });
    const s = await stats();
    expect(s['onestop.dossiers.received']).toBe(22);
    expect(s['onestop.dossiers.resolvedOnTime']).toBe(5);
    expect(s['onestop.dossiers.resolvedEarly']).toBe(8);
    expect(s['onestop.dossiers.pendingWithinDeadline']).toBe(2);
    // and back to the original file: only those rows change again (the added one stays)
    expect(await run(toCsv(knownRows()))).toMatchObject({ inserted: 0, updated: 2, unchanged: 30 });
  });

  it('a file with one bad date imports nothing and names the line and the column', async () => {
    const before = await count();
    const beforeStats = await stats();
    const rows = knownRows();
    for (const r of rows) r[0] = `${r[0]}-B`;
    (rows[9] as string[])[5] = '31/02/2025';
    const err = await rejection(run(toCsv(rows)));
    expect(err.errorCount).toBe(1);
    expect(err.rows).toEqual([
      {
        line: 11,
        column: 'Ngày tiếp nhận',
        reason: '"31/02/2025" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).',
      },
    ]);
    expect(err.userMessage).toContain('chưa nhập dòng nào');
    expect(await count()).toBe(before);
    expect(await stats()).toEqual(beforeStats);
  });

  it('lists every invalid row with a Vietnamese reason', async () => {
    const ok = ['X-1', '', 'Thủ tục', '', 'Trực tiếp', '05/01/2025', '06/01/2025', '', 'Đang xử lý'];
    const rows = [
      ok,
      ['', '', 'Thủ tục', '', 'Trực tiếp', '05/01/2025', '06/01/2025', '', 'Đang xử lý'],
      ['X-3', '', 'Thủ tục', '', 'Qua mạng', '05/01/2025', '04/01/2025', '', 'Đang xử lý'],
      ['X-4', '', 'Thủ tục', '', 'Trực tiếp', '05/01/2025', '06/01/2025', '', 'Đã trả kết quả'],
      ['X-5', '', 'Thủ tục', '', 'Trực tiếp', '05/01/2025', '06/01/2025', '07/01/2025', 'Đang xử lý'],
      ['X-6', '', 'Thủ tục', '', 'Trực tiếp', '05/01/2025', '06/01/2025', '04/01/2025', 'Đã trả'],
      ['X-1', '', 'Thủ tục', '', 'Trực tiếp', '05/01/2025', '06/01/2025', '', 'Chờ phê duyệt'],
      ['X-8', '', '', '', 'Trực tiếp', '05/01/2027', '06/01/2027', '', 'Đang xử lý'],
    ];
    const err = await rejection(run(toCsv(rows)));
    const reasons = err.rows.map((r) => `${r.line}|${r.column}|${r.reason}`);
    expect(reasons).toEqual([
      '3|Mã hồ sơ|Không được để trống.',
      '4|Hình thức tiếp nhận|"Qua mạng" không phải hình thức tiếp nhận hợp lệ; dùng: Trực tiếp, Trực tuyến, Bưu chính công ích.',
      '4|Ngày hẹn trả|Ngày hẹn trả 04/01/2025 trước ngày tiếp nhận 05/01/2025.',
      '5|Ngày trả kết quả|Hồ sơ "Đã trả kết quả" phải có ngày trả kết quả.',
      '6|Ngày trả kết quả|Hồ sơ "Đang xử lý" chưa trả kết quả nên phải để trống ngày trả kết quả.',
      '7|Ngày trả kết quả|Ngày trả kết quả 04/01/2025 trước ngày tiếp nhận 05/01/2025.',
      '8|Trạng thái|"Chờ phê duyệt" không phải trạng thái hợp lệ; dùng: Đã trả kết quả, Đang xử lý, Công dân rút hồ sơ, Từ chối.',
      '8|Mã hồ sơ|Mã hồ sơ "X-1" trùng với dòng 2.',
      '9|Tên thủ tục|Không được để trống.',
      '9|Ngày tiếp nhận|Ngày tiếp nhận 05/01/2027 sau ngày hôm nay (15/01/2026).',
    ]);
    expect(err.errorCount).toBe(10);
  });

  it('caps the list and counts the rest', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      `C-${i}`,
      '',
      'Thủ tục',
      '',
      'Trực tiếp',
      'hôm qua',
      '06/01/2025',
      '',
      'Đang xử lý',
    ]);
    const err = await rejection(run(toCsv(rows), { errorCap: 10 }));
    expect(err.rows).toHaveLength(10);
    expect(err.errorCount).toBe(30);
    expect(err.userMessage).toContain('hiển thị 10 lỗi đầu tiên');
  });

  it('matches headers and values whatever their case, spacing and diacritics; skips title lines', async () => {
    const other = (await factories(db).makeCommune((await factories(db).makeProvince()).code)).id;
    const header = [
      'MA HO SO',
      '  ma  thu tuc ',
      'Ten Thu Tuc',
      'LĨNH VỰC',
      'hinh thuc tiep nhan',
      'Ngày tiếp nhận:',
      'ngay hen tra',
      'NGAY TRA KET QUA',
      'trang thai (*)',
    ];
    const rows = [
      [
        'V-1',
        '',
        'Đăng ký kết hôn',
        'Hộ tịch',
        'TRUC TUYEN',
        '2025-01-02',
        '2025-01-03',
        '2025-01-03',
        'da tra ket qua',
      ],
      [
        'V-2',
        '',
        'Đăng ký kết hôn',
        'Hộ tịch',
        'bưu chính công ích',
        '2/1/2025',
        '3-1-2025',
        '',
        'ĐANG XỬ LÝ',
      ],
      [
        'V-3',
        '',
        'Đăng ký kết hôn',
        'Hộ tịch',
        'Truc tiep',
        '02.01.2025',
        '03.01.2025',
        '',
        'Cong dan rut ho so',
      ],
    ];
    const text = `DANH SÁCH HỒ SƠ THÁNG 01/2025;;;\r\n\r\n${toCsv(rows, header).replaceAll(',', ';')}`;
    const result = await run(text, {}, other);
    expect(result).toMatchObject({ rows: 3, inserted: 3 });
    const got = await db.query<{
      code: string;
      channel: string;
      status: string;
      withdrawn_date: string | null;
    }>('select code, channel, status, withdrawn_date from dossiers where commune_id = $1 order by code', [
      other,
    ]);
    expect(got).toEqual([
      { code: 'V-1', channel: 'online', status: 'returned', withdrawn_date: null },
      { code: 'V-2', channel: 'postal', status: 'processing', withdrawn_date: null },
      { code: 'V-3', channel: 'direct', status: 'withdrawn', withdrawn_date: '2025-01-02' },
    ]);
  });

  it('refuses a file whose header row lacks a required column, naming it and the headers found', async () => {
    const header = canonicalHeader.filter((h) => h !== 'Ngày hẹn trả');
    const err = await rejection(run(toCsv([], header)));
    expect(err.rows[0]).toMatchObject({ line: 1, column: 'Ngày hẹn trả' });
    expect(err.rows.at(-1)?.reason).toContain('"Ngày tiếp nhận"');
  });

  it('reads another layout through a column mapping, saves it, and reuses it next time', async () => {
    const other = (await factories(db).makeCommune((await factories(db).makeProvince()).code)).id;
    const header = [
      'Số biên nhận',
      'Thủ tục hành chính',
      'Kênh nộp',
      'Nhận lúc',
      'Hẹn trả',
      'Hoàn thành',
      'Tình trạng xử lý',
    ];
    const rows = [
      [
        'M-1',
        'Đăng ký khai tử',
        'Trực tiếp',
        '02/01/2025 09:00',
        '03/01/2025',
        '03/01/2025',
        'Đã trả kết quả',
      ],
    ];
    const mapping = {
      code: 'Số biên nhận',
      'Tên thủ tục': 'Thủ tục hành chính',
      channel: 'Kênh nộp',
      receivedDate: 'Nhận lúc',
      dueDate: 'Hẹn trả',
      returnedDate: 'Hoàn thành',
      status: 'Tình trạng xử lý',
    } as Record<string, string>;
    await rejection(run(toCsv(rows, header), {}, other));
    const normalized = normalizeMapping(mapping, dossierFields);
    expect(await run(toCsv(rows, header), { mapping: normalized }, other)).toMatchObject({ inserted: 1 });
    const [saved] = await db.query<{ mapping: unknown }>(
      `select mapping from import_mappings where commune_id = $1 and kind = 'dossiers'`,
      [other],
    );
    expect(saved?.mapping).toMatchObject({ code: 'Số biên nhận', procedureName: 'Thủ tục hành chính' });
    rows.push(['M-2', 'Đăng ký khai tử', 'Trực tuyến', '02/01/2025', '03/01/2025', '', 'Đang xử lý']);
    expect(await run(toCsv(rows, header), {}, other)).toMatchObject({ inserted: 1, unchanged: 1 });
  });

  it('a dry run checks and counts but writes nothing', async () => {
    const other = (await factories(db).makeCommune((await factories(db).makeProvince()).code)).id;
    const result = await run(toCsv(knownRows()), { dryRun: true }, other);
    expect(result).toMatchObject({ dryRun: true, inserted: 32, updated: 0 });
    expect(await count(other)).toBe(0);
  });

  it('does not overwrite a dossier received at the desk', async () => {
    const other = (await factories(db).makeCommune((await factories(db).makeProvince()).code)).id;
    await db.query(
      `insert into dossiers (commune_id, code, procedure_name, channel, status, received_at, received_date, due_date,
         original_due_date, source, lookup_key) values ($1, 'D-1', 'X', 'direct', 'received', now(), '2025-01-02', '2025-01-03', '2025-01-03', 'desk', 'ABCDEF')`,
      [other],
    );
    const rows = [['D-1', '', 'Thủ tục', '', 'Trực tiếp', '02/01/2025', '03/01/2025', '', 'Đang xử lý']];
    const err = await rejection(run(toCsv(rows), {}, other));
    expect(err.rows[0]).toMatchObject({ line: 2, column: 'Mã hồ sơ' });
  });

  it('reads an XLSX workbook (dates as Excel dates, title rows above the header)', async () => {
    const other = (await factories(db).makeCommune((await factories(db).makeProvince()).code)).id;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hồ sơ');
    sheet.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN']);
    sheet.addRow([]);
    sheet.addRow(canonicalHeader);
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    sheet.addRow([
      'X-1',
      '1.001193',
      'Đăng ký khai sinh',
      'Hộ tịch',
      'Trực tuyến',
      new Date('2025-01-06T08:15:00Z'),
      d('2025-01-09'),
      d('2025-01-08'),
      'Đã trả kết quả',
    ]);
    sheet.addRow([
      'X-2',
      '1.001193',
      { richText: [{ text: 'Đăng ký ' }, { text: 'khai sinh' }] },
      'Hộ tịch',
      'Trực tiếp',
      '07/01/2025',
      d('2025-01-10'),
      null,
      'Đang xử lý',
    ]);
    sheet.addRow([
      'X-3',
      '1.001193',
      'Đăng ký khai sinh',
      'Hộ tịch',
      'Trực tiếp',
      'ngày mai',
      d('2025-01-10'),
      null,
      'Đang xử lý',
    ]);
    for (const c of [6, 7, 8]) sheet.getColumn(c).numFmt = 'dd/mm/yyyy';
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const err = await rejection(run(buffer, {}, other));
    expect(err.rows).toEqual([
      {
        line: 6,
        column: 'Ngày tiếp nhận',
        reason: '"ngày mai" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).',
      },
    ]);
    sheet.spliceRows(6, 1);
    const result = await run(Buffer.from(await workbook.xlsx.writeBuffer()), {}, other);
    expect(result).toMatchObject({ format: 'xlsx', rows: 2, inserted: 2 });
    const got = await db.query<{
      code: string;
      received_at: Date;
      due_date: string;
      returned_date: string | null;
      procedure_name: string;
    }>(
      'select code, received_at, due_date, returned_date, procedure_name from dossiers where commune_id = $1 order by code',
      [other],
    );
    expect(
      got.map((r) => [r.code, r.received_at.toISOString(), r.due_date, r.returned_date, r.procedure_name]),
    ).toEqual([
      ['X-1', '2025-01-06T01:15:00.000Z', '2025-01-09', '2025-01-08', 'Đăng ký khai sinh'],
      ['X-2', '2025-01-06T17:00:00.000Z', '2025-01-10', null, 'Đăng ký khai sinh'],
    ]);
  });

  it('refuses an old .xls and a broken CSV with a readable reason', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(100),
    ]);
    expect((await rejection(run(xls))).rows[0]?.reason).toContain('.xls');
    const broken = `${canonicalHeader.join(',')}\r\nA,"1.001193,Tên\r\n`;
    expect((await rejection(run(broken))).rows[0]?.reason).toContain('ngoặc kép');
  });
});
