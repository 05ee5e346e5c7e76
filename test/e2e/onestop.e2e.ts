import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, parseViNumber } from '../../src/domain/vi/index.ts';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { startDemoApp } from './browser.ts';

// Issue 4, must-show 4: an officer receives a dossier, prints the receipt, returns it after the
// appointment date with the apology form, the late count goes up; a citizen looks it up and rates it.

const COMMUNE = 'SH-TANPHU';

/** Today in Vietnam, shifted by `days`, as YYYY-MM-DD. */
function vnDay(days = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

async function lateCount(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/mot-cua/thong-ke`);
  const cell = page.locator('[data-key="onestop.dossiers.resolvedLate"] td');
  await cell.waitFor();
  return parseViNumber((await cell.textContent()) ?? '') ?? Number.NaN;
}

describe('one-stop desk: receipt, late return with apology, citizen rating', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('runs a dossier from the desk to the citizen and back', async () => {
    const officer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, app.url, 'motcua.tanphu');

    // 1. Receive through the form: procedure picked by an unaccented search.
    await officer.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).first().click();
    await officer.waitForURL(/\/mot-cua\/tiep-nhan/);
    await officer.getByRole('combobox', { name: /^Thủ tục hành chính/ }).fill('xac nhan thong tin ho tich');
    await officer.getByRole('option', { name: /Xác nhận thông tin hộ tịch/ }).click();
    await officer.getByLabel(/^Họ và tên người nộp/).fill('Nguyễn Thị Kiểm Thử');
    await officer.getByLabel('Số điện thoại').fill('0912 345 678');
    await officer.getByLabel('Địa chỉ').fill('Thôn Đông, xã Tân Phú');
    await officer.getByLabel('Đã số hóa hồ sơ').check();
    await officer.getByRole('button', { name: 'Tiếp nhận và lập giấy hẹn' }).click();
    await officer.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}/);
    const dossierUrl = officer.url().replace(/[?#].*$/, '');
    const heading = (await officer.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const code = /(SH-TANPHU-\d{6}-\d{4})/.exec(heading)?.[1] ?? '';
    expect(code).not.toBe('');
    const dueShown = (await officer.getByTestId('ngay-hen-tra').textContent()) ?? '';
    expect(dueShown).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const dueIso = `${dueShown.slice(6)}-${dueShown.slice(3, 5)}-${dueShown.slice(0, 2)}`;

    // 2. The receipt (Mẫu 01): code, appointment date, lookup key and a QR code to the portal.
    await officer.getByRole('link', { name: 'In giấy tiếp nhận' }).click();
    await officer.waitForURL(/\/in\/mot-cua\/giay-tiep-nhan\//);
    const sheet = officer.locator('main.print-page');
    await expect.poll(() => sheet.getByText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ').count()).toBe(1);
    expect(await sheet.locator('[data-field="code"]').textContent()).toBe(code);
    expect(await sheet.locator('[data-field="appointment"]').textContent()).toBe(formatLongDate(dueIso));
    await expect.poll(() => sheet.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').count()).toBe(1);
    const qr = sheet.getByRole('img', { name: 'Mã QR tra cứu hồ sơ' });
    expect(await qr.getAttribute('data-value')).toBe(`${app.url}/cong-dan/${COMMUNE}/ho-so/${code}`);
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M4 4h1v1h-1z/);
    const lookupKey = (await sheet.locator('[data-field="lookup-key"]').textContent()) ?? '';
    expect(lookupKey).toMatch(/^[A-Z2-9]{6}$/);
    // Printed, the sheet is one A5 page (148 × 210 mm ≈ 420 × 595 pt; Chromium rounds).
    const pdf = (await officer.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect(Math.abs(Number(box?.[1]) - 419.5)).toBeLessThan(1.5);
    expect(Math.abs(Number(box?.[2]) - 595.3)).toBeLessThan(1.5);
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBe(1);

    // 3. Turn the clock: the dossier was received ten days ago and its appointment date has passed.
    const received = vnDay(-10);
    const due = vnDay(-3);
    await app.db.query(
      `update dossiers set received_at = received_at - interval '10 days', received_date = $2,
         due_date = $3, original_due_date = $3 where code = $1`,
      [code, received, due],
    );
    const lateBefore = await lateCount(officer, app.url);

    // 4. The apology form (Mẫu 04) with a new date, then the result is returned.
    await officer.goto(dossierUrl);
    await expect.poll(() => officer.getByText(/Hồ sơ đã quá ngày hẹn trả/).count()).toBe(1);
    await officer.getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog
      .getByLabel(/^Lý do chậm trả kết quả/)
      .fill('Chờ xác minh thông tin từ nơi đăng ký trước đây.');
    await dialog.getByLabel('Ngày hẹn trả mới').fill(formatDate(vnDay(0)));
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await officer.getByRole('link', { name: 'In phiếu xin lỗi' }).click();
    await officer.waitForURL(/\/in\/mot-cua\/phieu-xin-loi\//);
    await expect.poll(() => officer.getByText('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ').count()).toBe(1);
    await expect
      .poll(() => officer.getByText(formatLongDate(vnDay(0)), { exact: false }).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => officer.getByText('Chờ xác minh thông tin từ nơi đăng ký trước đây.').count())
      .toBe(1);

    await officer.goto(dossierUrl);
    await officer.getByRole('button', { name: 'Trả kết quả' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect
      .poll(() => officer.getByText('Hồ sơ đã kết thúc, không còn bước xử lý nào.').count())
      .toBe(1);

    // 5. The statistics page counts it late (against the receipt's date, not the apology's).
    expect(await lateCount(officer, app.url)).toBe(lateBefore + 1);

    // 6. A citizen on a phone looks the dossier up by its code and rates the service.
    const phone = await app.browser.newContext({ viewport: { width: 360, height: 740 } });
    const citizen = await phone.newPage();
    await citizen.goto(`${app.url}/cong-dan/${COMMUNE}`);
    await citizen.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.waitForURL(new RegExp(`/cong-dan/${COMMUNE}/ho-so/${code}$`));
    await expect.poll(() => citizen.getByText('Đã trả kết quả').count()).toBeGreaterThan(0);
    await citizen.getByLabel(/^Mã tra cứu in trên giấy hẹn/).fill(lookupKey.toLowerCase());
    await citizen.getByRole('radio', { name: '5 – Rất hài lòng' }).first().check();
    await citizen
      .getByRole('radiogroup', { name: 'Thái độ của cán bộ' })
      .getByRole('radio', { name: '4 – Hài lòng' })
      .check();
    await citizen.getByLabel('Góp ý').fill('Cán bộ hướng dẫn tận tình.');
    const overflow = await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => citizen.getByText('Cảm ơn Ông/Bà đã đánh giá').count()).toBe(1);
    await phone.close();

    // 7. The rating shows on the officer's dossier page.
    await officer.goto(dossierUrl);
    await expect.poll(() => officer.getByText('Mức độ hài lòng chung: 5/5 (Rất hài lòng)').count()).toBe(1);
    await expect.poll(() => officer.getByText('Thái độ của cán bộ: 4/5').count()).toBe(1);
    await officer.close();
  });
});
