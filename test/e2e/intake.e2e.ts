import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { addCommune } from '../../src/modules/units/service.ts';
import { withContext } from '../../src/platform/context.ts';
import { startDemoApp } from './browser.ts';

// Issue 8, must-show 3: a province reviewer uploads a commune's hand-written report (with another,
// picked at once), sees the documents it cites, corrects one value, saves; the figures appear in
// the province table marked as coming from a report.

const report = fileURLToPath(
  new URL('../../src/modules/intake/fixtures/bao-cao-dan-van-6-thang-2023-hoang-dieu.txt', import.meta.url),
);

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

describe('reading a hand-written report into the province table', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
    // A commune of the demo province that keeps no records in Dân Vận: its report is its figures.
    await withContext(app.db, null, (ctx) =>
      addCommune(ctx, {
        code: 'SH-HOANGDIEU',
        name: 'Xã Hoàng Diệu',
        provinceCode: 'SH',
        households: 2381,
        population: 8657,
        areaHa: 751.67,
        demo: true,
      }),
    );
  });
  afterAll(() => app?.close());

  it('uploads, corrects one value, saves, and finds it in the roll-up as read from a report', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'tinh.sonha');

    // The menu offers the page (opened by its address: with every module's section the menu is
    // taller than the window, and the navbar does not scroll).
    const menu = page.getByRole('link', { name: 'Đọc báo cáo' });
    expect(await menu.getAttribute('href')).toBe('/doc-bao-cao');
    await page.goto(`${app.url}/doc-bao-cao`);
    // Two reports picked at once, each read on its own; the commune is read from each report.
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'hoang-dieu.txt', mimeType: 'text/plain', buffer: readFileSync(report) },
      {
        name: 'yen-son.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'UBND XÃ YÊN SƠN\nBÁO CÁO kết quả công tác dân vận chính quyền năm 2023\nToàn xã có 1.204 hộ với 4.870 nhân khẩu.',
        ),
      },
    ]);
    const yenSon = page.getByRole('link', { name: /Xem và sửa: Xã Yên Sơn/ });
    await yenSon.waitFor({ timeout: 30_000 });
    const yenSonPath = await yenSon.getAttribute('href');
    const open = page.getByRole('link', { name: /Xem và sửa: Xã Hoàng Diệu/ });
    await open.waitFor({ timeout: 30_000 });
    await page.getByText('Đã xử lý 2/2 tệp').waitFor();
    await open.click();
    await page.waitForURL(/\/doc-bao-cao\/[0-9a-f-]{36}\/[0-9a-f-]{36}/);

    // Side by side: the text with its values highlighted, the values beside it.
    await expect.poll(() => page.getByTestId('intake-text').textContent()).toContain('Hoàng Diệu');
    await page.getByRole('button', { name: 'Xem "số hội nghị đối thoại" trong báo cáo' }).click();
    const mark = page.locator('mark[data-ids~="dialogues.conferences"]').first();
    expect(await mark.textContent()).toBe('02');
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(await page.getByText('Một chỉ tiêu hai giá trị').count()).toBeGreaterThan(0);

    // The documents the report cites, with number, date and summary; one is shown in the text.
    const documents = page.getByTestId('intake-documents').getByRole('button');
    const names = await documents.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const decree = names.indexOf('Xem Nghị định số 61/2018/NĐ-CP trong báo cáo');
    expect(decree).toBeGreaterThanOrEqual(0);
    const entry = documents.nth(decree);
    expect(await entry.textContent()).toContain('số 61/2018/NĐ-CP');
    expect(await entry.textContent()).toContain('ngày 23/04/2019');
    const plan = documents.nth(names.indexOf('Xem Kế hoạch số 16/KH-UBND trong báo cáo'));
    expect(await plan.textContent()).toContain(
      'ứng dụng công nghệ thông tin trong cải cách hành chính năm 2023',
    );
    await entry.click();
    const cited = page.locator(`mark[data-ids~="document:${decree}"]`);
    expect((await cited.allTextContents()).join('').replace(/\s+/g, ' ')).toBe(
      'Nghị định số 61/2018/NĐ-CP ngày 23/4/2019 của Chính Phủ',
    );
    await expect.poll(() => cited.first().isVisible()).toBe(true);

    // A figure the reading missed is added by the reviewer, found without diacritics.
    const add = page.getByRole('form', { name: 'Thêm chỉ tiêu máy chưa đọc được' });
    await add.getByRole('combobox', { name: 'Chỉ tiêu' }).fill('thu chuc mung tre moi sinh');
    await page.getByRole('option', { name: 'số thư chúc mừng trẻ mới sinh' }).click();
    await add.getByRole('textbox', { name: 'Giá trị' }).fill('14');
    await add.getByRole('button', { name: 'Thêm' }).click();
    await expect
      .poll(() =>
        page.getByRole('textbox', { name: 'số thư chúc mừng trẻ mới sinh', exact: true }).inputValue(),
      )
      .toBe('14');
    expect(await page.getByText('Người nhập', { exact: true }).count()).toBe(1);

    // The reviewer corrects one value and saves the figures for the period the report states.
    const conferences = page.getByRole('textbox', { name: 'số hội nghị đối thoại', exact: true });
    expect(await conferences.inputValue()).toBe('2');
    await conferences.fill('3');
    await page.getByRole('button', { name: 'Lưu thành số liệu của xã' }).click();
    await page.getByText(/Đã lưu thành số liệu của xã cho kỳ này/).waitFor();
    expect(await page.getByText('Đã sửa', { exact: true }).count()).toBe(1);

    // The province table: the commune's row comes from the report, with the corrected value.
    await page.goto(`${app.url}/tong-hop?ky=2023-H1&chiTieu=dialogues.conferences,profile.households`);
    const row = page.locator('[data-testid="bang-tong-hop"] tbody tr[data-commune="SH-HOANGDIEU"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('[data-source]').getAttribute('data-source')).toBe('intake');
    expect(await row.locator('[data-source]').textContent()).toContain('Theo báo cáo');
    expect((await row.locator('td[data-key="dialogues.conferences"]').textContent())?.trim()).toBe('3');
    expect((await row.locator('td[data-key="profile.households"]').textContent())?.trim()).toBe('2.381');

    // A report filed under the wrong commune is moved to the right one, found without diacritics.
    await page.goto(`${app.url}${yenSonPath}`);
    await page.getByRole('combobox', { name: 'Xã của báo cáo' }).fill('hoa binh');
    await page.getByRole('option', { name: 'Phường Hòa Bình' }).click();
    await page.getByRole('button', { name: 'Chuyển xã' }).click();
    // Opened at its new address: the same report under the commune chosen.
    const [, , oldCommune, intakeId] = new URL(yenSonPath ?? '', app.url).pathname.split('/');
    await page.waitForURL(
      (u) => u.pathname.endsWith(`/${intakeId}`) && !u.pathname.includes(`/${oldCommune}/`),
    );
    await page.getByRole('heading', { name: 'Phường Hòa Bình — yen-son.txt' }).waitFor();
    await page.close();
  }, 180_000);
});
