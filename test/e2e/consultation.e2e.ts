import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/vi/index.ts';
import { startDemoApp } from './browser.ts';
import { signIn, slow, vnDay } from './session.ts';

// Issue 6, must-show 4: a citizen comments on a passage of an open draft on the portal; after the
// period the officer records the committee's account and the citizen can read it. On the way, the
// form refuses a period shorter than the legal minimum, naming the rule (must-show 2).

const COMMUNE = 'SH-TANPHU';
const TITLE = 'Dự thảo Quy ước thôn Kiểm Thử';
const COMMENT = 'Đề nghị cho phép tổ chức việc cưới 3 ngày với gia đình ở xa.';
const REASON = 'Quy ước giữ 2 ngày để tiết kiệm; gia đình ở xa được đón tiếp trước ngày cưới.';

describe('consultation: a citizen comments on a passage, the committee answers on the portal', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('runs a draft from the officer to the citizen and back', async () => {
    // 1. The officer puts a draft village rule to the people, first for too short a period.
    const officer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, app.url, 'vanhoa.tanphu');
    await officer.getByRole('navigation').getByText('Dân chủ cơ sở', { exact: true }).click();
    await officer.getByRole('link', { name: 'Lấy ý kiến dự thảo' }).click();
    await officer.getByRole('link', { name: 'Đưa dự thảo lấy ý kiến' }).click();
    await officer.waitForURL(/\/dan-chu\/lay-y-kien\/moi/);
    await officer.getByRole('combobox', { name: 'Loại nội dung' }).click();
    await officer.getByRole('option', { name: 'Dự thảo quy định, quy chế, hương ước, quy ước' }).click();
    await officer.getByLabel(/^Tên dự thảo/).fill(TITLE);
    await officer
      .getByLabel(/^Tóm tắt nội dung/)
      .fill('Quy ước về nếp sống văn minh, việc cưới, việc tang và giữ gìn vệ sinh môi trường.');
    await officer.getByLabel('Câu hỏi xin ý kiến').fill('Ông/bà có đồng ý với dự thảo không?');
    await officer
      .getByLabel('Toàn văn dự thảo')
      .fill(
        'Điều 1. Mỗi hộ đóng góp 20.000 đồng/tháng cho quỹ vệ sinh môi trường.\n\nĐiều 2. Việc cưới tổ chức gọn, không quá 2 ngày.',
      );
    await expect.poll(() => officer.getByText(/2 đoạn để góp ý: Điều 1, Điều 2/).count(), slow).toBe(1);
    await officer.getByLabel('Ngày bắt đầu').fill(formatDate(vnDay(0)));
    const closes = officer.getByLabel('Ngày kết thúc');
    await closes.fill(formatDate(vnDay(9)));
    await officer.getByRole('button', { name: 'Đưa ra lấy ý kiến' }).click();
    await expect.poll(() => closes.getAttribute('aria-invalid'), slow).toBe('true');
    const refusal = officer.getByText(
      /^Thời gian lấy ý kiến Nhân dân tối thiểu đối với "Dự thảo quy định, quy chế, hương ước, quy ước" là 20 ngày liên tục \(.+\); thời gian đã nhập chỉ 10 ngày\.$/,
    );
    await expect.poll(() => refusal.count(), slow).toBe(1);
    expect(await closes.getAttribute('aria-describedby')).toContain(
      (await refusal.getAttribute('id')) ?? 'no-id',
    );
    await closes.fill(formatDate(vnDay(24)));
    await officer.getByRole('button', { name: 'Đưa ra lấy ý kiến' }).click();
    await officer.waitForURL(/\/dan-chu\/lay-y-kien\/[0-9a-f-]{36}/);
    const draftUrl = officer.url().replace(/[?#].*$/, '');
    await expect.poll(() => officer.getByText('Đang lấy ý kiến').count(), slow).toBeGreaterThan(0);
    // Extended while open: the start date stays, the end moves.
    await officer.getByRole('button', { name: 'Sửa dự thảo' }).click();
    const edit = officer.getByRole('dialog');
    expect(await edit.getByLabel('Ngày bắt đầu').getAttribute('readonly')).not.toBeNull();
    await edit.getByLabel('Ngày kết thúc').fill(formatDate(vnDay(29)));
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => officer.getByTestId('ky-lay-y-kien').textContent())
      .toContain(`– ${formatDate(vnDay(29))} (30 ngày; tối thiểu 20 ngày)`);

    // 2. A citizen on a phone, without an account, picks passage "Điều 2" and comments on it.
    const citizen = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await citizen.goto(`${app.url}/cong-dan/${COMMUNE}`);
    await citizen.getByRole('link', { name: /Góp ý dự thảo/ }).click();
    await citizen.getByRole('link', { name: new RegExp(TITLE) }).click();
    await citizen.waitForURL(/\/cong-dan\/SH-TANPHU\/lay-y-kien\/[0-9a-f-]{36}/);
    const portalUrl = citizen.url();
    await citizen.getByRole('button', { name: /^Điều 2:/ }).click();
    expect(await citizen.getByRole('button', { name: /^Điều 2:/ }).getAttribute('aria-pressed')).toBe('true');
    expect(
      await citizen
        .getByLabel('Góp ý cho')
        .evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.text),
    ).toBe('Điều 2');
    // The chosen passage puts the cursor in the comment box.
    await citizen.keyboard.type(COMMENT);
    const box = citizen.getByLabel(/^Nội dung góp ý/);
    expect(await box.inputValue()).toBe(COMMENT);
    // Words selected in the passage are offered as a quote at the head of the comment.
    await citizen
      .locator('[data-passage="Điều 2"] p')
      .last()
      .evaluate((p) => {
        const text = p.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 'Điều 2. Việc cưới tổ chức gọn'.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      });
    await citizen.getByRole('button', { name: 'Trích dẫn vào góp ý' }).click();
    await expect.poll(() => box.inputValue(), slow).toBe(`“Điều 2. Việc cưới tổ chức gọn” ${COMMENT}`);
    await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect.poll(() => citizen.getByText(/Góp ý đã được ghi nhận/).count(), slow).toBe(1);
    // Nothing sticks out sideways on the phone.
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // 3. The period ends: move the draft's dates back.
    await app.db.query('update consultation_drafts set opens_on = $2, closes_on = $3 where title = $1', [
      TITLE,
      vnDay(-30),
      vnDay(-1),
    ]);

    // 4. The officer finds the comment under its passage, answers it and publishes the account.
    await officer.goto(draftUrl);
    const group = officer.locator('[data-passage="Điều 2"]');
    await expect.poll(() => group.getByText(COMMENT).count(), slow).toBe(1);
    await group.getByRole('checkbox', { name: COMMENT }).check();
    await officer.getByRole('button', { name: 'Tiếp thu, giải trình 1 ý kiến đã chọn' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Không tiếp thu' }).check();
    await dialog.getByLabel(/^Lý do, nội dung tiếp thu/).fill(REASON);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => officer.getByText(REASON).count(), slow).toBe(1);
    await officer
      .getByLabel(/^Báo cáo tổng hợp/)
      .fill('UBND xã đã tổng hợp 1 ý kiến góp ý trên cổng thông tin và giải trình như sau.');
    await officer.getByRole('button', { name: 'Công bố trên cổng thông tin' }).click();
    await expect
      .poll(() => officer.getByText(`Đã công bố ngày ${formatDate(vnDay(0))}`).count(), slow)
      .toBe(1);

    // 5. The citizen reads the account: the passage, the comment, the decision and the reason.
    await citizen.goto(portalUrl);
    await expect
      .poll(() => citizen.getByRole('heading', { name: 'Kết quả tiếp thu, giải trình' }).count())
      .toBe(1);
    await expect
      .poll(() => citizen.getByText(`Điều 2: “Điều 2. Việc cưới tổ chức gọn” ${COMMENT}`).count(), slow)
      .toBe(1);
    expect(await citizen.getByText('Không tiếp thu', { exact: true }).count()).toBe(1);
    expect(await citizen.getByText(REASON).count()).toBe(1);
    expect(await citizen.getByRole('button', { name: 'Gửi góp ý' }).count()).toBe(0);
  });
});
