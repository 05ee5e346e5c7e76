import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/vi/index.ts';
import { startDemoApp } from './browser.ts';
import { signIn } from './sign-in.ts';

// Issue 6, must-show 3 in the browser: returning a birth registration proposes the Chairman's
// congratulation letter with the child's and parents' names; the officer edits it, downloads the
// DOCX and marks it sent.

const vnToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

describe('friendly-government letters', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('proposes a congratulation letter for a returned birth registration, edits, prints and sends it', async () => {
    const officer = await app.browser.newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await signIn(officer, app.url, 'tuphap.tanphu');

    // 1. A birth registration is received at the one-stop desk and its result returned.
    await officer.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).first().click();
    await officer.waitForURL(/\/mot-cua\/tiep-nhan/);
    await officer.getByRole('combobox', { name: /^Thủ tục hành chính/ }).fill('dang ky khai sinh');
    await officer
      .getByRole('option', { name: /· Đăng ký khai sinh$/ })
      .first()
      .click();
    await officer.getByLabel(/^Họ và tên người nộp/).fill('Lê Văn Tâm');
    await officer.getByRole('button', { name: 'Tiếp nhận và lập giấy hẹn' }).click();
    await officer.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}/);
    const heading = (await officer.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const code = /(SH-TANPHU-\d{6}-\d{4})/.exec(heading)?.[1] ?? '';
    expect(code).not.toBe('');
    await officer.getByRole('button', { name: 'Trả kết quả' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect
      .poll(() => officer.getByText('Hồ sơ đã kết thúc, không còn bước xử lý nào.').count())
      .toBe(1);

    // 2. Returning the birth registration proposed its letter: the dossier page links to it.
    await officer.getByText(/Đã đề xuất thư chúc mừng trẻ mới sinh/).waitFor();
    await officer.getByRole('link', { name: 'Mở thư', exact: true }).click();
    await officer.waitForURL(/\/dan-van\/thu\/[0-9a-f-]{36}/);

    // 3. The desk recorded no names: the letter leaves gaps, and sending is refused until filled.
    await expect.poll(() => officer.getByText(/Thư còn chỗ trống/).count()).toBe(1);
    await officer.getByLabel('Họ tên trẻ').fill('Lê Minh Khang');
    await officer.getByLabel('Họ tên cha').fill('Lê Văn Tâm');
    await officer.getByLabel('Họ tên mẹ').fill('Phạm Thị Hoa');
    await officer.getByRole('button', { name: 'Ghi họ tên và viết lại thư từ mẫu' }).click();
    await expect.poll(() => officer.getByText('Đã ghi họ tên và viết lại thư từ mẫu.').count()).toBe(1);
    await expect
      .poll(() => officer.getByLabel(/^Kính gửi/).inputValue())
      .toBe('Ông Lê Văn Tâm và Bà Phạm Thị Hoa');
    const body = officer.getByRole('textbox', { name: 'Nội dung' });
    expect(await body.inputValue()).toContain('cháu Lê Minh Khang chào đời');
    expect(await officer.getByText(/Thư còn chỗ trống/).count()).toBe(0);

    // 4. The officer adds a sentence of the Chairman's own and saves.
    await body.fill(`${await body.inputValue()}\nXin gửi tặng cháu bộ quà nhỏ của xã.`);
    await officer.getByRole('button', { name: 'Lưu thư' }).click();
    await expect.poll(() => officer.getByText('Đã lưu thư.').count()).toBe(1);

    // 5. The DOCX is a real Word file with the names and the added sentence.
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('link', { name: 'Tải thư (DOCX) để in' }).click(),
    ]);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('latin1')).toContain('word/document.xml');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of [
      'THƯ CHÚC MỪNG',
      'Ông Lê Văn Tâm và Bà Phạm Thị Hoa',
      'Lê Minh Khang',
      'Xin gửi tặng cháu bộ quà nhỏ của xã.',
      'CHỦ TỊCH',
    ])
      expect(text).toContain(expected);

    // 6. Marked sent: no longer editable, and it leaves the drafts.
    await officer.getByRole('button', { name: 'Đánh dấu đã gửi' }).click();
    await expect.poll(() => officer.getByText(`Đã gửi ngày ${formatDate(vnToday())}`).count()).toBe(1);
    expect(await officer.getByRole('button', { name: 'Lưu thư' }).count()).toBe(0);
    await officer.getByRole('link', { name: 'Danh sách thư' }).click();
    await officer.waitForURL(/\/dan-van\/thu$/);
    await expect.poll(() => officer.getByRole('row').filter({ hasText: code }).count()).toBe(0);
    await officer.close();
  });

  it('takes the names at the desk, so the letter proposed on return is complete', async () => {
    const officer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, app.url, 'tuphap.tanphu');
    await officer.goto(`${app.url}/mot-cua/tiep-nhan`);
    await officer.getByRole('combobox', { name: /^Thủ tục hành chính/ }).fill('dang ky khai sinh');
    await officer
      .getByRole('option', { name: /· Đăng ký khai sinh$/ })
      .first()
      .click();
    // Choosing a birth registration asks who is born, and to whom.
    await officer.getByLabel(/^Họ và tên người nộp/).fill('Trịnh Văn Long');
    await officer.getByLabel('Họ tên trẻ').fill('Trịnh Bảo An');
    await officer.getByLabel('Họ tên cha').fill('Trịnh Văn Long');
    await officer.getByLabel('Họ tên mẹ').fill('Đinh Thị Thu');
    await officer.getByRole('button', { name: 'Tiếp nhận và lập giấy hẹn' }).click();
    await officer.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}/);
    // The dossier page keeps the names, editable.
    await expect.poll(() => officer.getByLabel('Họ tên trẻ').inputValue()).toBe('Trịnh Bảo An');
    await officer.getByLabel('Họ tên mẹ').fill('Đinh Thị Thu Hà');
    await officer.getByRole('button', { name: 'Lưu họ tên' }).click();
    await expect.poll(() => officer.getByText('Đã lưu họ tên.').count()).toBe(1);

    await officer.getByRole('button', { name: 'Trả kết quả' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await officer.getByRole('link', { name: 'Mở thư', exact: true }).click();
    await officer.waitForURL(/\/dan-van\/thu\/[0-9a-f-]{36}/);
    await expect
      .poll(() => officer.getByLabel(/^Kính gửi/).inputValue())
      .toBe('Ông Trịnh Văn Long và Bà Đinh Thị Thu Hà');
    expect(await officer.getByRole('textbox', { name: 'Nội dung' }).inputValue()).toContain(
      'cháu Trịnh Bảo An chào đời',
    );
    expect(await officer.getByText(/Thư còn chỗ trống/).count()).toBe(0);
    await officer.close();
  });

  it('shows the province reviewer the letters without any button that writes', async () => {
    const reviewer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(reviewer, app.url, 'tinh.sonha');
    await reviewer.goto(`${app.url}/dan-van/thu?status=sent`);
    await reviewer
      .getByRole('link', { name: /^Thư chúc mừng|^Thư chia buồn/ })
      .first()
      .click();
    await reviewer.waitForURL(/\/dan-van\/thu\/[0-9a-f-]{36}/);
    await expect.poll(() => reviewer.getByRole('link', { name: 'Tải thư (DOCX) để in' }).count()).toBe(1);
    for (const name of ['Đề xuất thư cho hồ sơ đã trả kết quả', 'Lưu thư', 'Đánh dấu đã gửi'])
      expect(await reviewer.getByRole('button', { name }).count()).toBe(0);
    await reviewer.close();
  });
});
