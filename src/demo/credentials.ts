/**
 * The demo's logins. The password is printed in the README and by `npm run demo`, so anybody
 * knows it: production refuses it (src/middlewares/demo-login-guard.ts) and warns at boot about
 * demo accounts that still have it (src/security/demo-accounts.ts).
 */
export const PUBLISHED_DEMO_PASSWORD = 'Vuosikello-2026';

export const DEMO_EMAILS = {
  admin: 'admin@example.com',
  eeva: 'eeva@example.com',
  kalle: 'kalle@example.com',
} as const;

export const isProduction = () => process.env.NODE_ENV === 'production';
