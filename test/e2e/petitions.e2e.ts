import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/vi/index.ts';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { startDemoApp } from './browser.ts';

// Issue 5, must-show 3: a citizen sends feedback on the portal and gets a code, an officer accepts
// and answers it in the staff app, and the citizen reads the answer with the code (and rates it).

const COMMUNE = 'SH-TANPHU';
// A 1×1 PNG, and a Windows program renamed to look like a PDF.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
  'base64',
);
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('citizen feedback: portal → staff answer → portal', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('sends feedback on a phone, answers it at the commune, and shows the answer by code', async () => {
    // 1. The citizen, on a phone, finds the form from the commune's portal page.
    const phone = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const citizen = await phone.newPage();
    await citizen.goto(`${app.url}/cong-dan/${COMMUNE}`);
    await citizen.getByRole('link', { name: /Gửi phản ánh, kiến nghị/ }).click();
    await citizen.waitForURL(new RegExp(`/cong-dan/${COMMUNE}/phan-anh$`));
    await citizen.getByLabel(/^Họ và tên/).fill('Phạm Thị Kiểm Thử');
    await citizen.getByLabel(/^Số điện thoại hoặc thư điện tử/).fill('0987 654 321');
    await citizen.getByRole('combobox', { name: /^Lĩnh vực/ }).click();
    await citizen.getByRole('option', { name: 'Môi trường' }).click();
    await citizen.getByLabel(/^Tiêu đề/).fill('Rác thải ùn ứ ở cổng chợ Tân Phú');
    await citizen
      .getByLabel(/^Nội dung phản ánh, kiến nghị/)
      .fill('Rác thải tồn đọng ở cổng chợ nhiều ngày, đề nghị UBND xã bố trí thu gom.');
    await expect
      .poll(() => citizen.getByText(/tối đa 5 MB, tổng cộng tối đa 10 MB/).count())
      .toBeGreaterThan(0);

    // A program renamed "don.pdf" passes the name check but not the server's content check.
    const fileInput = citizen.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'don.pdf', mimeType: 'application/pdf', buffer: program });
    await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await expect
      .poll(() => citizen.getByRole('alert').filter({ hasText: 'là chương trình máy tính' }).count())
      .toBe(1);
    await fileInput.setInputFiles({ name: 'anh-cho.png', mimeType: 'image/png', buffer: png });
    expect(await noSideScroll(citizen)).toBeLessThanOrEqual(0);
    await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();

    // 2. The receipt: the tracking code and the secret, prominently.
    const codeEl = citizen.getByTestId('ma-theo-doi');
    await codeEl.waitFor();
    const code = (await codeEl.textContent()) ?? '';
    expect(code).toMatch(/^SH-TANPHU-DT\d{2}-\d{4}$/);
    const secret = (await citizen.getByTestId('ma-bi-mat').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-9]{8}$/);
    expect(await noSideScroll(citizen)).toBeLessThanOrEqual(0);

    // 3. The officer finds it by code (typed without the dashes' neighbours' case), accepts and answers.
    const officer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, app.url, 'motcua.tanphu');
    await officer.getByRole('link', { name: 'Đơn thư', exact: true }).click();
    await officer.waitForURL(/\/don-thu/);
    await officer.getByLabel('Tìm kiếm').fill(code.toLowerCase());
    await officer.getByRole('button', { name: 'Lọc', exact: true }).click();
    await officer.getByRole('link', { name: code }).click();
    await officer.waitForURL(/\/don-thu\/[0-9a-f-]{36}/);
    await expect.poll(() => officer.getByText('Qua Cổng thông tin').count()).toBe(1);
    await expect.poll(() => officer.getByRole('link', { name: 'anh-cho.png' }).count()).toBe(1);

    await officer.getByRole('button', { name: 'Thụ lý giải quyết' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    const accepted = officer.getByRole('status').filter({ hasText: 'Hạn giải quyết theo quy định' });
    await accepted.waitFor();
    const due = /(\d{2}\/\d{2}\/\d{4})/.exec((await accepted.textContent()) ?? '')?.[1];
    expect(due).toBeTruthy();
    expect(await officer.getByTestId('han-giai-quyet').textContent()).toBe(due);

    const answer = 'UBND xã đã bố trí xe thu gom rác tại cổng chợ vào 6 giờ sáng hằng ngày từ tuần này.';
    await officer.getByRole('button', { name: 'Trả lời', exact: true }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel(/^Nội dung trả lời/).fill(answer);
    expect(await dialog.getByLabel(/^Công khai câu trả lời/).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => officer.getByTestId('cau-tra-loi').textContent()).toBe(answer);
    await expect
      .poll(() => officer.getByText('Đã công khai trên Cổng thông tin', { exact: false }).count())
      .toBe(1);

    // 4. The citizen looks it up by code from the commune page, reads the answer and rates it.
    await citizen.goto(`${app.url}/cong-dan/${COMMUNE}/phan-anh`);
    await citizen.getByLabel('Mã theo dõi').fill(code.toLowerCase());
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.waitForURL(new RegExp(`/cong-dan/${COMMUNE}/phan-anh/${code}$`));
    await expect.poll(() => citizen.getByTestId('cau-tra-loi').textContent()).toBe(answer);
    await expect.poll(() => citizen.getByText('Đã trả lời').count()).toBeGreaterThan(0);
    const rating = citizen.getByRole('region', { name: 'Đánh giá câu trả lời' });
    await rating.getByRole('radio', { name: '4 – Hài lòng' }).check();
    await rating.getByLabel(/^Mã bí mật/).fill(secret.toLowerCase());
    expect(await noSideScroll(citizen)).toBeLessThanOrEqual(0);
    await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => citizen.getByText('Cảm ơn Ông/Bà đã đánh giá câu trả lời.').count()).toBe(1);
    await phone.close();

    // 5. The rating reaches the officer's page.
    await officer.reload();
    await expect.poll(() => officer.getByText('Công dân đánh giá: 4/5').count()).toBe(1);
    await officer.close();
  });

  it('records a reception session, opens a denunciation from a visit, and shows the denouncer only to the leader', async () => {
    const today = formatDate(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
    const leader = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(leader, app.url, 'chutich.tanphu');
    await leader.getByRole('link', { name: 'Tiếp công dân', exact: true }).click();
    await leader.waitForURL(/\/tiep-cong-dan$/);
    await leader.getByRole('button', { name: 'Thêm buổi tiếp' }).click();
    let dialog = leader.getByRole('dialog');
    await dialog.getByLabel('Ngày tiếp').fill(today);
    await dialog.getByLabel(/^Địa điểm/).fill('Phòng tiếp công dân UBND xã');
    await dialog.getByRole('combobox', { name: /^Chọn cán bộ/ }).click();
    await leader.getByRole('option', { name: /^Nguyễn Văn Hùng/ }).click();
    expect(await dialog.getByLabel(/^Họ và tên người tiếp/).inputValue()).toBe('Nguyễn Văn Hùng');
    await dialog.getByLabel('Số lượt công dân').fill('2');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await leader.getByRole('status').filter({ hasText: 'Đã lưu buổi tiếp.' }).waitFor();

    // One step from the visit to a petition: the session gives channel and date.
    await leader
      .getByRole('button', { name: `Mở đơn từ buổi tiếp ngày ${today}` })
      .first()
      .click();
    dialog = leader.getByRole('dialog');
    await dialog.getByText('Tố cáo', { exact: true }).click();
    await dialog.getByLabel(/^Họ và tên/).fill('Đinh Văn Kín');
    await dialog.getByLabel(/^Địa chỉ/).fill('Thôn Trung, xã Tân Phú');
    await dialog
      .getByLabel(/^Trích yếu nội dung/)
      .fill('Tố cáo việc thu tiền trái quy định khi cấp giấy xác nhận');
    await dialog.getByRole('combobox', { name: /^Lĩnh vực/ }).click();
    await leader.getByRole('option', { name: 'Cán bộ, công chức' }).click();
    await dialog.getByLabel(/^Nội dung đơn/).fill('Người tố cáo trình bày tại buổi tiếp công dân.');
    await dialog.getByRole('button', { name: 'Tiếp nhận đơn' }).click();
    await dialog.getByTestId('ma-don').waitFor();
    await dialog.getByRole('link', { name: /^Mở đơn SH-TANPHU-DT/ }).click();
    await leader.waitForURL(/\/don-thu\/[0-9a-f-]{36}/);
    const petitionUrl = leader.url().replace(/[?#].*$/, '');
    await expect.poll(() => leader.getByText('Qua tiếp công dân').count()).toBe(1);

    // The leader reads the identity, told that the read is in the audit log…
    const panel = leader.getByRole('region', { name: 'Thông tin người tố cáo' });
    await expect.poll(() => panel.getByText('Đinh Văn Kín').count()).toBe(1);
    await expect.poll(() => panel.getByText(/đã được ghi vào nhật ký/).count()).toBe(1);
    await leader.close();

    // …an officer who is not assigned gets only the neutral note.
    const officer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, app.url, 'motcua.tanphu');
    await officer.goto(petitionUrl);
    await officer.getByTestId('danh-tinh-bao-mat').waitFor();
    expect(await officer.getByText('Thông tin người tố cáo được bảo mật').count()).toBe(1);
    expect(await officer.getByText('Đinh Văn Kín').count()).toBe(0);
    await officer.close();
  });
});
