import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp } from './browser.ts';
import { signIn } from './sign-in.ts';

// Issue 3: an administrator sees a year's calendar and edits that year's announced days.

describe('working calendar (administrator)', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('shows holidays and make-up days and saves a new make-up Saturday', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'quantri');

    await page.getByRole('link', { name: 'Lịch làm việc' }).click();
    await page.waitForURL(/\/lich-lam-viec/);
    await page.goto(`${app.url}/lich-lam-viec?nam=2025`);
    // 2025 as announced (RULES.md §2): Tết 25/01–02/02, 30/4–4/5 swapped, make-up Saturdays.
    const cell = (date: string) => page.locator(`td[aria-label^="${date}:"]`);
    await expect.poll(() => cell('29/01/2025').getAttribute('data-kind')).toBe('officialDayOff');
    expect(await cell('08/02/2025').getAttribute('data-kind')).toBe('makeUpWorkingDay');
    expect(await cell('02/09/2025').getAttribute('data-kind')).toBe('holiday');
    expect(await cell('06/09/2025').getAttribute('data-kind')).toBe('weekend');
    // Deadline rules with their verification tags, unverified ones marked.
    await expect.poll(() => page.getByText('chưa xác minh', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('tr[data-rule="dossier.due"]').count()).toBeGreaterThan(0);

    // Add a make-up Saturday and save the year.
    await page.getByRole('button', { name: 'Thêm ngày làm bù' }).click();
    const rows = page.getByLabel('Ngày', { exact: true });
    const last = rows.last();
    await last.fill('13/12/2025');
    await page.getByLabel('Tên', { exact: true }).last().fill('Làm bù thử nghiệm');
    await page.getByRole('button', { name: 'Lưu lịch năm' }).click();
    await expect.poll(() => page.getByText('Đã lưu lịch năm.').count()).toBe(1);
    await expect.poll(() => cell('13/12/2025').getAttribute('data-kind')).toBe('makeUpWorkingDay');
    await expect
      .poll(() => page.getByRole('cell', { name: 'Làm bù thử nghiệm', exact: true }).count())
      .toBe(1);

    // A date outside the year is refused on the field, nothing is sent.
    await page.getByRole('button', { name: 'Thêm ngày làm bù' }).click();
    await page.getByLabel('Ngày', { exact: true }).last().fill('03/01/2026');
    await page.getByLabel('Tên', { exact: true }).last().fill('Sai năm');
    await page.getByRole('button', { name: 'Lưu lịch năm' }).click();
    await expect.poll(() => page.getByText('Ngày phải thuộc năm 2025.').count()).toBe(1);
    await page.close();
  });

  it("shows the administrator the audit log of every commune, with the calendar's own entries", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'quantri');
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await page.waitForURL(/\/nhat-ky/);
    expect(await page.getByRole('columnheader', { name: 'Đơn vị' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Phạm vi' }).click();
    await page.getByRole('option', { name: 'Mọi xã và hệ thống' }).click();
    await page
      .getByRole('form', { name: 'Bộ lọc', exact: true })
      .getByRole('button', { name: 'Lọc', exact: true })
      .click();
    await page.waitForURL(/scope=all/);
    await page.getByRole('columnheader', { name: 'Đơn vị' }).waitFor();
    // The year saved by the previous journey belongs to no commune.
    await expect
      .poll(() => page.getByRole('cell', { name: 'Toàn hệ thống', exact: true }).count())
      .toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the page out of other roles’ menus', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.url, 'motcua.tanphu');
    await expect.poll(() => page.getByRole('link', { name: 'Thống kê một cửa' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Lịch làm việc' }).count()).toBe(0);
    await page.close();
  });
});
