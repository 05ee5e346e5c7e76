import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/modules/demo/units.ts';
import { startDemoApp } from './browser.ts';

describe('a new official signs in', () => {
  let app: Awaited<ReturnType<typeof startDemoApp>>;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app?.close());

  it('logs in as the demo officer and sees the commune home page', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/dang-nhap/);
    await page.getByLabel('Tên đăng nhập').fill('motcua.tanphu');
    await page.getByLabel(/^Mật khẩu/).fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByText('Sai tên đăng nhập hoặc mật khẩu').count()).toBeGreaterThan(0);

    await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
    await page.getByLabel(/^Mật khẩu/).press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
    await expect.poll(() => page.getByRole('heading', { name: /Xã Tân Phú/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Thôn Đông').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Dữ liệu minh họa').count()).toBeGreaterThan(0);
    // Vietnamese number format on the profile figures.
    await expect.poll(() => page.getByText('8.657').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lets a citizen open the portal on a phone without an account', async () => {
    const page = await app.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${app.url}/cong-dan`);
    await page.getByText('Xã Yên Sơn').first().click();
    await expect.poll(() => page.getByText('Bản Nà Lầu').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
