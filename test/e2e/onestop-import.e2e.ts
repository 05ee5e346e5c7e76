import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { canonicalHeader, knownRows, toCsv } from '../../src/modules/onestop/import/fixtures.ts';
import { startDemoApp } from './browser.ts';

// Issue 4: an officer imports a provincial export whose first column has another name. The file
// with one bad date imports nothing and names the line; the corrected file imports, and importing
// it again changes nothing.

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

const header = ['Số biên nhận', ...canonicalHeader.slice(1)];
const rows = knownRows();
const good = toCsv(rows, header);
// Line 6 of the file (the header is line 1): a 31st of February.
const bad = toCsv(
  rows.map((r, i) => (i === 4 ? r.map((c, j) => (j === 5 ? '31/02/2025' : c)) : r)),
  header,
);

async function choose(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('heading', { name: 'Các cột của tệp' }).waitFor();
}

async function mapCode(page: Page) {
  const select = page.getByRole('combobox', { name: 'Cột trong tệp: Mã hồ sơ' });
  await select.click();
  await page.getByRole('option', { name: 'Số biên nhận', exact: true }).click();
}

describe('one-stop import from a file in the browser', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('maps a column, refuses a file with a bad date by its line, then imports once', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'motcua.tanphu');
    await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
    await page.waitForURL(/\/mot-cua\/nhap-tep/);

    await choose(page, 'xuat-tinh-loi.csv', bad);
    await expect.poll(() => page.getByText('Còn 1 cột bắt buộc chưa có').count()).toBe(1);
    await mapCode(page);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    const errors = page.getByRole('table').filter({ hasText: 'Lý do' });
    await errors.waitFor();
    const firstError = errors.locator('tbody tr').first();
    expect(await firstError.locator('td').nth(0).textContent()).toBe('6');
    expect(await firstError.locator('td').nth(1).textContent()).toBe('Ngày tiếp nhận');
    expect(await firstError.textContent()).toContain('31/02/2025');

    await choose(page, 'xuat-tinh.csv', good);
    await mapCode(page);
    await page.getByRole('button', { name: 'Kiểm tra tệp (không ghi)' }).click();
    await page.getByText(/Tệp hợp lệ, chưa ghi gì: 32 dòng; nếu nhập sẽ thêm mới 32/).waitFor();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByText(/Đã nhập: 32 dòng đọc được; 32 thêm mới, 0 cập nhật, 0 không đổi/).waitFor();

    // The mapping was saved with the import: the same file maps itself and changes nothing.
    await choose(page, 'xuat-tinh.csv', good);
    expect(await page.getByText('Còn 1 cột bắt buộc chưa có').count()).toBe(0);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByText(/Đã nhập: 32 dòng đọc được; 0 thêm mới, 0 cập nhật, 32 không đổi/).waitFor();

    await page.goto(`${app.url}/mot-cua/ho-so?q=HS-0005`);
    await page.getByText('HS-0005').first().waitFor();

    // The general statistics page: every module's indicators for the year of the imported file.
    await page.getByRole('link', { name: 'Thống kê chung' }).click();
    await page.waitForURL(/\/thong-ke/);
    await page.goto(`${app.url}/thong-ke?preset=year&year=2025`);
    for (const section of [
      'Bộ phận một cửa',
      'Tiếp công dân',
      'Đơn thư',
      'Hòa giải ở cơ sở',
      '"Dân vận khéo"',
    ])
      await page.getByRole('heading', { name: section, exact: true }).waitFor();
    const received = page.locator('[data-key="onestop.dossiers.received"] td').nth(1);
    expect(Number((await received.textContent())?.replaceAll('.', ''))).toBeGreaterThanOrEqual(21);
  });
});
