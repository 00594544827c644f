import type { ConfigEnv } from '../src/utils/config-env';
import { resolveSecrets } from '../src/utils/secrets';

export default ({ env }: { env: ConfigEnv }) => {
  const secrets = resolveSecrets();
  return {
    // Tests boot without the admin bundle; the demo and production serve it.
    serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
    auth: {
      secret: secrets.ADMIN_JWT_SECRET,
    },
    apiToken: {
      salt: secrets.API_TOKEN_SALT,
    },
    transfer: {
      token: {
        salt: secrets.TRANSFER_TOKEN_SALT,
      },
    },
    secrets: {
      encryptionKey: secrets.ENCRYPTION_KEY,
    },
    flags: {
      nps: env.bool('FLAG_NPS', false),
      promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    },
  };
};
