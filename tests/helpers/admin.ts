/** Admin users and their JWTs, for the plugin's admin routes and the Content Manager. */
import type { TestApp } from './strapi';

let counter = 0;

export async function createAdmin(app: TestApp, roleCode = 'strapi-super-admin') {
  counter += 1;
  const email = `admin${counter}-${Date.now()}@example.com`;
  const password = 'Testi-salasana-123';
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`no admin role ${roleCode}`);
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: 'Testi',
    lastname: `Käyttäjä ${counter}`,
    password,
    isActive: true,
    roles: [role.id],
  });
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { user, email, password, token: res.body.data.token as string };
}
