import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { Client } from '../../src/testing/http.ts';
import { lastEndedHalf, periodLabel } from '../../web/src/reports/period.ts';
import { startDemoApp } from './browser.ts';

// Issue 7, the composer as a commune leader uses it: draft, autosave, a colleague's conflicting
// save, a figure typed away from its parts refused at issue and pointed to, then the issue with a number.

const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
/** Autosave waits for a pause in typing, then saves: polls allow for that. */
const slow = { timeout: 10_000 };

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

describe('report composer in the browser', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('drafts, autosaves, reloads a section on conflict, refuses a wrong total and issues the report', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'chutich.tanphu');
    // The menu entry (the menu is long: the page is opened by its address).
    expect(await page.getByRole('link', { name: 'Báo cáo', exact: true }).getAttribute('href')).toBe(
      '/bao-cao',
    );
    await page.goto(`${app.url}/bao-cao`);
    // The demo issued the half-year's report (listed); this is the year's, pre-filled from it.
    const list = page.getByTestId('danh-sach-bao-cao');
    await expect.poll(() => list.getByText(periodLabel(lastEndedHalf(today))).count(), slow).toBe(1);
    await page.getByText('Cả năm', { exact: true }).click();
    expect(await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).inputValue()).toBe(
      `Năm ${today.slice(0, 4)}`,
    );
    await page.getByRole('button', { name: 'Soạn dự thảo' }).click();
    await page.waitForURL(/\/bao-cao\/[0-9a-f-]{36}/);
    const reportId = /\/bao-cao\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(await page.getByTestId('so-bao-cao').textContent()).toBe('Chưa có số (cấp khi ban hành)');
    await page.getByRole('heading', { name: /^I\. KHÁI QUÁT CHUNG/ }).waitFor();
    // Figures from the data are highlighted.
    expect(
      await page.locator('[data-paragraph="reform.dossiers"] mark[data-indicator]').count(),
    ).toBeGreaterThan(0);

    // Autosave of a judgement paragraph.
    const strengths = page.locator('[data-paragraph="strengths.1"]');
    await strengths
      .locator('textarea')
      .fill('Công tác dân vận chính quyền được cấp ủy, chính quyền quan tâm.');
    await expect.poll(() => strengths.getByText(/^Đã lưu lúc \d\d:\d\d$/).count(), slow).toBe(1);

    // Judgement sections take more paragraphs, and lose them again.
    const strengthAreas = page.locator('[data-paragraph^="strengths."] textarea');
    const before = await strengthAreas.count();
    await page.getByRole('button', { name: /^Thêm đoạn: 1\. Ưu điểm/ }).click();
    await expect.poll(() => strengthAreas.count(), slow).toBe(before + 1);
    await strengthAreas.last().fill('Đoạn thêm để thử.');
    await strengthAreas.last().blur();
    await expect.poll(() => page.getByText(/^(Đang lưu…|Chưa lưu)$/).count(), slow).toBe(0);
    await page
      .getByRole('button', { name: new RegExp(`^Xóa đoạn: 1\\. Ưu điểm — đoạn ${before + 1}`) })
      .click();
    await expect.poll(() => strengthAreas.count(), slow).toBe(before);

    // A colleague saves "tasks" first; our save from the old revision is refused and the section reloads.
    const communeId = (
      await app.db.query<{ id: string }>("select id from communes where code = 'SH-TANPHU'")
    )[0]?.id;
    const colleague = await new Client(app.url).login('phochutich.tanphu', demoPassword);
    const theirs = await colleague.request(
      'PATCH',
      `/api/communes/${communeId}/reports/${reportId}/paragraphs/tasks.1`,
      {
        revision: 0,
        text: 'Bản của Phó Chủ tịch.',
      },
    );
    expect(theirs.status).toBe(200);
    const tasks = page.locator('[data-paragraph="tasks.1"]');
    await tasks.locator('textarea').fill('Bản của Chủ tịch.');
    await tasks.locator('textarea').blur();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Trần Thị Lan' }).count(), slow)
      .toBe(1);
    await expect
      .poll(() => page.locator('[data-paragraph="tasks.1"] textarea').inputValue())
      .toBe('Bản của Phó Chủ tịch.');

    // A total typed away from its parts: warned at once, refused at issue, the check points to it.
    const dossiers = page.locator('[data-paragraph="reform.dossiers"]');
    await dossiers.getByRole('button', { name: /^Sửa đoạn này/ }).click();
    const box = dossiers.locator('textarea');
    const original = await box.inputValue();
    const total = /tiếp nhận ([\d.]+) hồ sơ/.exec(original)?.[1] ?? '';
    expect(total).not.toBe('');
    await box.fill(original.replace(`tiếp nhận ${total} hồ sơ`, 'tiếp nhận 1 hồ sơ'));
    await expect
      .poll(() => dossiers.getByText('Số liệu trong đoạn không còn khớp với dữ liệu:').count())
      .toBe(1);
    await box.blur();
    await expect.poll(() => dossiers.getByText(/^Đã lưu lúc/).count(), slow).toBe(1);
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('button', { name: 'Cấp số và ban hành' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Chưa thể ban hành' }).count(), slow)
      .toBe(1);
    const sumCheck = page.getByTestId('ket-qua-kiem-tra').locator('[data-check="sum"]').first();
    await sumCheck.click();
    await expect.poll(() => dossiers.evaluate((el) => getComputedStyle(el).outlineStyle), slow).toBe('solid');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    // Put the figure back, write every empty judgement paragraph, and issue.
    await box.fill(original);
    await box.blur();
    await expect
      .poll(() => dossiers.getByText('Số liệu trong đoạn không còn khớp với dữ liệu:').count())
      .toBe(0);
    for (const area of await page.locator('[data-paragraph] textarea').all()) {
      if ((await area.inputValue()).trim() === '') {
        await area.fill('Cán bộ, công chức thực hiện nghiêm túc nhiệm vụ được giao.');
        await area.blur();
      }
    }
    await expect.poll(() => page.getByText(/^(Đang lưu…|Chưa lưu)$/).count(), slow).toBe(0);
    await page.getByLabel('Nơi nhận').fill('UBND tỉnh Sơn Hà\nSở Nội vụ\nLưu: VT');
    await page.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
    await expect.poll(() => page.getByText('Đã lưu thông tin văn bản.').count(), slow).toBe(1);
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('button', { name: 'Cấp số và ban hành' }).click();
    await expect.poll(() => page.getByTestId('so-bao-cao').textContent(), slow).toMatch(/^Số: \d+\/BC-UBND$/);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /Đã ban hành báo cáo Số: \d+\/BC-UBND/ })
        .count(),
    ).toBe(1);
    // (Mantine's autosizing keeps a hidden measuring textarea outside <main>.)
    expect(await page.locator('main textarea').count()).toBe(0);

    // A new version is a draft again, with its own number to come.
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/bao-cao/') && !u.pathname.endsWith(reportId));
    await expect.poll(() => page.getByText('Lần 2').count(), slow).toBe(1);
    expect(await page.getByTestId('so-bao-cao').textContent()).toBe('Chưa có số (cấp khi ban hành)');
    await page.close();
  });
});
