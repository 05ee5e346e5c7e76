import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPassword } from '../../testing/factories.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('sessions and passwords over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  it('logs in with an httpOnly SameSite cookie and answers /me', async () => {
    const c = w.client();
    const res = await c.post('/api/auth/login', {
      username: w.users.officerA.username,
      password: testPassword,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body.user).toMatchObject({ username: w.users.officerA.username, role: 'officer' });
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|password_hash|hash/);
    c.csrfToken = res.body.csrfToken;
    expect((await c.get('/api/auth/me')).body.user.id).toBe(w.users.officerA.id);
  });

  it('refuses a wrong password with a Vietnamese message, then rate-limits the account', async () => {
    const c = w.client();
    const username = w.users.officerB.username;
    const wrong = await c.post('/api/auth/login', { username, password: 'sai-mat-khau' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    for (let i = 0; i < 4; i++) await c.post('/api/auth/login', { username, password: 'sai-mat-khau' });
    const blocked = await c.post('/api/auth/login', { username, password: testPassword });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/quá nhiều lần/);
  });

  it('logs out: the session no longer works', async () => {
    const c = await w.as(w.users.leaderA);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('changes a password: the old one stops working, other sessions end, the audit log says so', async () => {
    const user = await w.as(w.users.reviewer2);
    const other = await w.as(w.users.reviewer2);
    const short = await user.post('/api/auth/password', {
      currentPassword: testPassword,
      newPassword: 'ngan',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields['body.newPassword']).toMatch(/ít nhất 8/);
    const wrongCurrent = await user.post('/api/auth/password', {
      currentPassword: 'khong-dung',
      newPassword: 'mat-khau-moi-1',
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.fields.currentPassword).toBeTruthy();
    expect(
      (
        await user.post('/api/auth/password', {
          currentPassword: testPassword,
          newPassword: 'mat-khau-moi-1',
        })
      ).status,
    ).toBe(204);
    expect((await user.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    const old = await w
      .client()
      .post('/api/auth/login', { username: w.users.reviewer2.username, password: testPassword });
    expect(old.status).toBe(401);
    await w.client().login(w.users.reviewer2.username, 'mat-khau-moi-1');

    const admin = await w.as(w.users.admin);
    const audit = await admin.get(`/api/audit?entity=user&action=update&actorId=${w.users.reviewer2.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      before: { password: '(cũ)' },
      after: { password: '(đã đổi)' },
    });
    expect(JSON.stringify(audit.body)).not.toMatch(/scrypt/);
  });
});
