import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp } from './browser.ts';
import { signIn } from './sign-in.ts';

// The pages the other journeys do not click through: each adds or edits one record as a leader
// would, and the run must log no page error.

const today = () => {
  const d = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
};
const errors: string[] = [];

describe('registers without a journey of their own: mediation, dialogues, schedule, templates, documents, consultations, portal lookup', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  let page: Page;
  beforeAll(async () => {
    app = await startDemoApp();
    page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await signIn(page, app.url, 'chutich.tanphu');
  });
  afterAll(() => app?.close());

  it('mediation: filter, add (validation then save), edit', async () => {
    await page.goto(`${app.url}/hoa-giai`);
    await page.getByRole('heading', { name: 'Hòa giải ở cơ sở' }).waitFor();
    await page.getByRole('button', { name: 'Thêm vụ việc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm vụ việc hòa giải' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => dialog.getByText('Không được để trống').count()).toBeGreaterThan(1);
    await dialog.getByLabel('Ngày tiếp nhận').fill(today());
    await dialog.getByLabel(/^Nội dung vụ việc/).fill('Tranh chấp lối đi chung kiểm thử');
    await dialog.getByLabel(/^Các bên/).fill('Ông A\nBà B');
    await dialog.getByLabel(/^Hòa giải viên/).fill('Tổ hòa giải thôn');
    await dialog.getByRole('combobox', { name: 'Thôn, tổ dân phố' }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: 'Tranh chấp lối đi chung kiểm thử' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: /^Sửa:/ }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa vụ việc hòa giải' });
    expect(await edit.getByLabel(/^Nội dung vụ việc/).inputValue()).toBe('Tranh chấp lối đi chung kiểm thử');
    await edit.getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('combobox', { name: 'Kết quả' }).click();
    await page.getByRole('option').first().click();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(0);
  });

  it('dialogues: add a conference and land on it', async () => {
    await page.goto(`${app.url}/doi-thoai`);
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm hội nghị đối thoại' });
    await dialog.getByLabel('Ngày tổ chức').fill(today());
    await dialog.getByLabel(/^Chủ đề/).fill('Đối thoại kiểm thử');
    await dialog.getByLabel(/^Địa điểm/).fill('Hội trường UBND xã');
    await dialog.getByLabel(/^Người chủ trì/).fill('Nguyễn Văn Hùng');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/doi-thoai\/[0-9a-f-]{36}/);
    await page.goto(`${app.url}/doi-thoai`);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Đối thoại kiểm thử' }).count()).toBe(1);
  });

  it('reception schedule: add an entry', async () => {
    await page.goto(`${app.url}/tiep-cong-dan/lich`);
    await page.getByRole('heading', { name: 'Lịch tiếp công dân' }).waitFor();
    await page.getByRole('button', { name: 'Thêm lịch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm lịch tiếp công dân' });
    await dialog.getByLabel(/^Người tiếp/).fill('Người kiểm thử');
    await dialog.getByLabel(/^Chức vụ/).fill('Phó Chủ tịch');
    await dialog.getByLabel(/^Địa điểm/).fill('Phòng tiếp dân');
    await dialog.getByLabel('Áp dụng từ ngày').fill(today());
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText(/Người kiểm thử \(Phó Chủ tịch\)/).count()).toBe(1);
    await page.getByRole('link', { name: /Các buổi tiếp công dân/ }).click();
    await page.waitForURL(/\/tiep-cong-dan$/);
  });

  it('answer templates: add one, see the saved note', async () => {
    await page.goto(`${app.url}/don-thu/mau-tra-loi`);
    await page.getByRole('button', { name: 'Thêm mẫu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm mẫu trả lời' });
    await dialog.getByLabel(/^Tên mẫu/).fill('Mẫu kiểm thử');
    await dialog.getByLabel(/^Nội dung mẫu/).fill('Nội dung {ma_don}');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu mẫu.' }).waitFor();
    await expect.poll(() => page.getByText('Mẫu kiểm thử').count()).toBe(1);
  });

  it('documents: search, open one, edit its summary', async () => {
    await page.goto(`${app.url}/van-ban`);
    await page.getByRole('heading', { name: 'Sổ văn bản' }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill('ke hoach');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/q=ke/);
    await page.getByRole('row').nth(1).getByRole('link').click();
    await page.waitForURL(/\/van-ban\/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: 'Sửa trích yếu, người ký' }).click();
    await page.getByLabel(/^Trích yếu/).fill('');
    await expect.poll(() => page.getByText('Vui lòng nhập nội dung này').count()).toBe(1);
    await page.getByLabel(/^Trích yếu/).fill('Trích yếu đã sửa kiểm thử');
    await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await expect
      .poll(() => page.getByText('Trích yếu đã sửa kiểm thử', { exact: false }).count())
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sửa trích yếu, người ký' }).waitFor();
    await page.getByRole('region', { name: 'Tệp văn bản' }).waitFor();
    await page.getByRole('link', { name: 'Sổ văn bản' }).first().click();
  });

  it('consultations: filter by status', async () => {
    await page.goto(`${app.url}/dan-chu/lay-y-kien`);
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/status=/);
    await expect
      .poll(async () => (await page.getByRole('row').count()) + (await page.getByText('Chưa có').count()))
      .toBeGreaterThan(0);
    await page.goto(`${app.url}/dan-chu/lay-y-kien`);
    await page.getByRole('row').nth(1).getByRole('link').click();
    await page.waitForURL(/\/lay-y-kien\/[0-9a-f-]{36}/);
    await page.getByRole('region', { name: /Nội dung dự thảo/ }).waitFor();
  });

  it('portal: an unknown code says so and offers the lookup again', async () => {
    const citizen = await app.browser.newPage();
    for (const [path, text] of [
      ['ho-so/SH-TANPHU-KHONGCO', 'Không tìm thấy hồ sơ có mã này'],
      ['phan-anh/SH-TANPHU-KHONGCO', 'Không tìm thấy phản ánh'],
    ]) {
      await citizen.goto(`${app.url}/cong-dan/SH-TANPHU/${path}`);
      await citizen.getByRole('alert').filter({ hasText: text }).waitFor();
      expect(await citizen.getByRole('button', { name: 'Tra cứu' }).count()).toBe(1);
      await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    }
    await citizen.getByRole('link', { name: /Về trang của xã/ }).click();
    await citizen.waitForURL(/\/cong-dan\/SH-TANPHU$/);
    await citizen.close();
  });

  it('logged no page error', () => {
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
