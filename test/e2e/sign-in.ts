import type { Page } from 'playwright-core';
import { demoPassword } from '../../src/modules/demo/units.ts';

/** Signs a demo account in through the login form and waits to leave it. */
export async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}
