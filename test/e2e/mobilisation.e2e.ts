import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/vi/index.ts';
import { startDemoApp } from './browser.ts';
import { signIn } from './sign-in.ts';

// Issue 6, the mobilisation records in the browser: "Dân vận khéo" initiatives found without
// accents and replicated in another village, the officials' staff table, inspection findings,
// movements with their plans and the communication log.

/** Picks an option of a Mantine select by its label (inside `scope`, the page by default). */
async function choose(
  page: Page,
  label: RegExp | string,
  option: RegExp | string,
  scope: Page | Locator = page,
) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Today in Vietnam, shifted by `days`, as YYYY-MM-DD. */
const vnDay = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('mobilisation records', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  let officer: Page;
  beforeAll(async () => {
    app = await startDemoApp();
    officer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, app.url, 'vanhoa.tanphu');
  });
  afterAll(() => app?.close());

  it('finds an initiative without accents, replicates it in another village, commends it and adds a photo', async () => {
    await officer.getByRole('link', { name: 'Mô hình “Dân vận khéo”' }).click();
    await officer.waitForURL(/\/dan-van\/sang-kien/);
    await officer.getByLabel('Tìm theo tên, nội dung').fill('hu gao tinh');
    await expect.poll(() => officer.getByText(/^1 mô hình/).count()).toBe(1);
    await officer.getByRole('link', { name: 'Hũ gạo tình thương' }).click();
    await officer.waitForURL(/\/dan-van\/sang-kien\/[0-9a-f-]{36}/);
    const originalUrl = officer.url();

    await officer.getByRole('link', { name: 'Nhân rộng sang thôn khác' }).click();
    await officer.waitForURL(/\/dan-van\/sang-kien\/moi\?/);
    await expect.poll(() => officer.getByRole('heading', { name: /Nhân rộng mô hình/ }).count()).toBe(1);
    expect(await officer.getByLabel(/^Tên mô hình/).inputValue()).toBe('Hũ gạo tình thương');
    await choose(officer, 'Thôn, tổ dân phố', 'Thôn Cầu Đá');
    await officer.getByLabel('Ngày bắt đầu').fill('01/03/2025');
    await officer.getByLabel('Kết quả đạt được').fill('Mỗi tháng góp được hơn một tạ gạo.');
    await officer.getByRole('button', { name: 'Thêm số liệu' }).click();
    await officer.getByLabel('Chỉ tiêu').fill('Gạo quyên góp');
    await officer.getByLabel('Số lượng').fill('1.250,5');
    await officer.getByLabel('Đơn vị tính').fill('kg');
    await officer.getByRole('button', { name: 'Lưu mô hình' }).click();
    await officer.waitForURL(
      (u) => /\/dan-van\/sang-kien\/[0-9a-f-]{36}$/.test(u.pathname) && u.href !== originalUrl,
    );
    await expect.poll(() => officer.getByText(/Nhân rộng từ:/).count()).toBe(1);
    await expect.poll(() => officer.getByRole('cell', { name: '1.250,5 kg' }).count()).toBe(1);

    // A commendation with its level and date.
    await choose(officer, 'Cấp khen thưởng', 'Cấp huyện');
    await officer.getByLabel(/^Hình thức khen thưởng/).fill('Giấy khen của Chủ tịch UBND huyện');
    await officer.getByLabel('Ngày khen thưởng').fill('15/12/2025');
    await officer.getByRole('button', { name: 'Thêm khen thưởng' }).click();
    await expect
      .poll(() => officer.getByRole('cell', { name: 'Giấy khen của Chủ tịch UBND huyện' }).count())
      .toBe(1);
    await expect.poll(() => officer.getByRole('cell', { name: '15/12/2025' }).count()).toBe(1);

    // A photo of the initiative, shown back from the server.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await officer
      .locator('input[type="file"]')
      .setInputFiles({ name: 'hu-gao.png', mimeType: 'image/png', buffer: png });
    await officer.getByLabel('Chú thích').fill('Trao gạo cho hộ khó khăn');
    await officer.getByRole('button', { name: 'Tải ảnh lên' }).click();
    const photo = officer.getByRole('img', { name: 'Trao gạo cho hộ khó khăn' });
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1);

    // The original lists the village that copied it.
    await officer.goto(originalUrl);
    await expect
      .poll(() => officer.getByRole('link', { name: /Thôn Cầu Đá — Hũ gạo tình thương/ }).count())
      .toBe(1);
  });

  it('keeps the officials roster and its staff table with shares that add up', async () => {
    await officer.getByRole('link', { name: 'Cán bộ, công chức' }).click();
    await officer.waitForURL(/\/dan-van\/can-bo/);
    const total = async () =>
      Number(
        /Tổng số: (\d+) người/.exec((await officer.getByText(/Tổng số: \d+ người/).textContent()) ?? '')?.[1],
      );
    await expect.poll(total).toBeGreaterThan(0);
    const before = await total();
    // Every breakdown covers the same officials: its counts add up to the total.
    const sum = async (id: string) =>
      (await officer.locator(`[data-breakdown="${id}"] tbody tr td:nth-child(2)`).allTextContents())
        .map(Number)
        .reduce((a, b) => a + b, 0);
    for (const id of ['chuyen-mon', 'ly-luan-chinh-tri', 'xep-loai']) expect(await sum(id)).toBe(before);
    expect(
      await officer.locator('[data-breakdown="chuyen-mon"] tbody tr td:nth-child(3)').first().textContent(),
    ).toMatch(/^\d+(,\d)?%$/);

    await officer.getByRole('button', { name: 'Thêm người' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel(/^Họ và tên/).fill('Ngô Thị Kiểm Thử');
    await dialog.getByLabel(/^Chức vụ/).fill('Công chức Tài chính – kế toán');
    await dialog.getByLabel('Nhiệm vụ được giao').fill('Thu, chi ngân sách xã');
    await choose(officer, 'Lý luận chính trị', 'Trung cấp');
    await dialog.getByLabel('Ngày bắt đầu công tác').fill('01/01/2020');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => officer.getByText('Đã lưu: Ngô Thị Kiểm Thử.').count()).toBe(1);
    await expect.poll(total).toBe(before + 1);

    await officer.getByRole('button', { name: 'Xếp loại: Ngô Thị Kiểm Thử' }).click();
    await choose(officer, 'Kết quả xếp loại', 'Hoàn thành tốt nhiệm vụ');
    await officer.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    const row = officer.getByRole('row').filter({ hasText: 'Ngô Thị Kiểm Thử' });
    await expect.poll(() => row.getByText('Hoàn thành tốt nhiệm vụ').count()).toBe(1);
  });

  it('records an inspection round whose finding runs late, highlights it, then records the fix', async () => {
    // By address: with every module's section open the menu is taller than the window.
    await officer.goto(`${app.url}/dan-van/kiem-tra`);
    await officer.getByRole('button', { name: 'Thêm cuộc kiểm tra, giám sát' }).click();
    let dialog = officer.getByRole('dialog');
    await choose(officer, 'Hình thức', 'Giám sát đầu tư của cộng đồng', dialog);
    await dialog.getByLabel(/^Tên cuộc kiểm tra, giám sát/).fill('Giám sát công trình nhà văn hóa thôn Đông');
    await dialog.getByLabel(/^Nội dung, đối tượng/).fill('Chất lượng và tiến độ thi công');
    await dialog.getByLabel(/^Đơn vị thực hiện/).fill('Ban Giám sát đầu tư của cộng đồng xã');
    await dialog.getByLabel('Từ ngày').fill(formatDate(vnDay(-40)));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await officer.waitForURL(/\/dan-van\/kiem-tra\/[0-9a-f-]{36}/);

    await officer.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    dialog = officer.getByRole('dialog');
    await dialog.getByLabel(/^Nội dung kiến nghị/).fill('Tường rào phía tây nứt, đề nghị gia cố');
    await dialog.getByLabel(/^Đơn vị, người phải khắc phục/).fill('Nhà thầu thi công');
    await dialog.getByLabel('Hạn khắc phục').fill(formatDate(vnDay(-5)));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const row = officer.getByRole('row').filter({ hasText: 'Tường rào phía tây' });
    await expect.poll(() => row.getByText('Quá hạn').count()).toBe(1);
    expect(await row.getAttribute('data-overdue')).toBe('true');

    await row.getByRole('button', { name: /^Ghi nhận đã khắc phục/ }).click();
    await officer.getByRole('dialog').getByLabel('Kết quả khắc phục').fill('Đã đổ lại giằng tường');
    await officer.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.getByText(`Đã khắc phục ngày ${formatDate(vnDay(0))}`).count()).toBe(1);
    expect(await row.getAttribute('data-overdue')).toBeNull();
  });

  it('lists the movements with their plans and adds a contest to the communication log', async () => {
    await officer.goto(`${app.url}/dan-van/phong-trao`);
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    const movement = `Phong trào thi đua "Dân vận khéo" năm ${year}`;
    const row = officer.getByRole('row').filter({ hasText: movement });
    await expect.poll(() => row.getByRole('link', { name: /^Kế hoạch số \d+\/KH-/ }).count()).toBe(1);

    await officer.goto(`${app.url}/dan-van/tuyen-truyen?loai=contest`);
    const contests = () =>
      officer.locator('[data-testid="tong-hop-tuyen-truyen"] [data-kind="contest"] td').nth(1).textContent();
    await officer.getByRole('heading', { name: 'Nhật ký tuyên truyền' }).waitFor();
    const before = (await officer.locator('[data-kind="contest"]').count()) ? Number(await contests()) : 0;
    await officer.getByRole('button', { name: 'Ghi hoạt động tuyên truyền' }).click();
    const dialog = officer.getByRole('dialog');
    await choose(officer, 'Hình thức', 'Cuộc thi', dialog);
    await dialog.getByLabel('Ngày', { exact: true }).fill(formatDate(vnDay(0)));
    await dialog
      .getByLabel(/^Nội dung, tên hoạt động/)
      .fill('Cuộc thi tìm hiểu Luật Thực hiện dân chủ ở cơ sở');
    await dialog.getByLabel('Số người tham dự').fill('1.250');
    await dialog.getByLabel('Số bài dự thi').fill('312');
    await choose(officer, 'Thuộc phong trào', movement, dialog);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(contests).toBe(String(before + 1));
    const entry = officer.getByRole('row').filter({ hasText: 'Luật Thực hiện dân chủ ở cơ sở' });
    await expect.poll(() => entry.getByRole('cell', { name: '1.250' }).count()).toBe(1);
    expect(await entry.getByRole('cell', { name: movement }).count()).toBe(1);
  });
});
