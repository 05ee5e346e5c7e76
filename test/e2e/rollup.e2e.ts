import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseViNumber } from '../../src/domain/vi/index.ts';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { lastEndedHalf, periodLabel } from '../../web/src/reports/period.ts';
import { startDemoApp } from './browser.ts';

// Issue 7, must-show 5: a province reviewer opens the roll-up, sorts by on-time rate, opens one
// commune's report and downloads the XLSX.

const ON_TIME = 'onestop.onTimeRate';
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const period = lastEndedHalf(today);

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

/** The on-time rates as shown, top to bottom (communes without the figure are left out). */
async function onTimeColumn(page: Page): Promise<number[]> {
  const cells = await page
    .locator(`[data-testid="bang-tong-hop"] tbody td[data-key="${ON_TIME}"]`)
    .allTextContents();
  return cells
    .map((t) => parseViNumber(t.replace('%', '').trim()))
    .filter((n): n is number => typeof n === 'number');
}

async function communeOrder(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="bang-tong-hop"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-commune') ?? ''));
}

describe('province roll-up: sort, open a report, download the table', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('sorts the communes by on-time rate, opens an issued report and downloads a real XLSX', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'tinh.sonha');

    // The menu entry (the menu is long: the page is opened by its address).
    expect(await page.getByRole('link', { name: 'Tổng hợp toàn tỉnh' }).getAttribute('href')).toBe(
      '/tong-hop',
    );
    await page.goto(`${app.url}/tong-hop`);
    const table = page.getByTestId('bang-tong-hop');
    await table.waitFor();
    expect(await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).inputValue()).toBe(periodLabel(period));
    expect(await communeOrder(page)).toHaveLength(3);
    // Every demo commune records in Dân Vận: the source says so.
    expect(await table.locator('[data-source="data"]').count()).toBe(3);
    // The demo issues each commune's report for the half-year that has just ended (src/modules/demo/reports.ts).
    const issuedLink = /^Số \d+\/BC-UBND/;
    expect(await table.getByRole('link', { name: issuedLink }).count()).toBe(3);
    const tanphu = table.locator('tr[data-commune="SH-TANPHU"]');
    const reference = /\d+\/BC-UBND/.exec(
      (await tanphu.getByRole('link', { name: issuedLink }).textContent()) ?? '',
    )?.[0];
    expect(await page.getByText('Tất cả các xã, phường đã ban hành báo cáo kỳ này.').count()).toBe(1);

    // Sort by on-time rate: the header is a button; aria-sort follows; the rows really move.
    const header = table.locator(`th[data-column="${ON_TIME}"]`);
    expect(await header.getAttribute('aria-sort')).toBe('none');
    const byName = await communeOrder(page);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const desc = await onTimeColumn(page);
    expect(desc.length).toBeGreaterThanOrEqual(2);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const descOrder = await communeOrder(page);
    // Keyboard: Enter on the focused header button reverses the order.
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const asc = await onTimeColumn(page);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const ascOrder = await communeOrder(page);
    if (new Set(desc).size > 1) expect(ascOrder).not.toEqual(descOrder);
    expect([...ascOrder].sort()).toEqual([...byName].sort());
    expect(page.url()).toMatch(/sapXep=onestop\.onTimeRate/);

    // The XLSX of exactly this table: a zip holding a workbook, one row per commune.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải bảng (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    });
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('Xã Tân Phú'))).toBe(true);

    // One click to the commune's issued report, read-only for the province.
    await tanphu.getByRole('link', { name: issuedLink }).click();
    await page.waitForURL(/\/bao-cao\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByTestId('so-bao-cao').textContent()).toBe(`Số: ${reference}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Xã Tân Phú|dân vận/i);
    await page.getByRole('heading', { name: /^I\. / }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Ban hành' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tạo phiên bản mới' }).count()).toBe(0);
    expect(await page.locator('main textarea').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Tải về (DOCX)' }).getAttribute('href')).toMatch(/\/docx$/);
    expect(await page.locator('mark[data-indicator]').count()).toBeGreaterThan(0);

    // Back in the table, another period: no commune has written its annual report yet.
    await page.goBack();
    await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('option', { name: `Năm ${today.slice(0, 4)}`, exact: true }).click();
    await expect.poll(() => page.getByTestId('chua-ban-hanh').locator('li').count()).toBe(3);
    expect(await page.getByTestId('chua-ban-hanh').textContent()).toMatch(/Xã Yên Sơn — chưa lập/);
    // (The router quotes a value that looks like a number.)
    expect(page.url()).toMatch(new RegExp(`ky=(%22)?${today.slice(0, 4)}\\b`));
    await page.close();
  });
});
