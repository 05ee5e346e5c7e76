import type { Page } from 'playwright-core';
import { demoPassword } from '../../src/modules/demo/units.ts';

/** Today in Vietnam, shifted by `days`, as YYYY-MM-DD. */
export function vnDay(days = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Signs a demo account in through the login page and waits to leave it. */
export async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

/** For expect.poll after a server round trip: a loaded machine may take seconds, not the default 1. */
export const slow = { timeout: 15_000 };
