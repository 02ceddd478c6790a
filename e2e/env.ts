// The e2e server's environment: a fresh SQLite database and media folder of its own, a build
// directory of its own (pages are prerendered from the database), and known staff passwords.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = 'data/e2e';
export const E2E_SERVER_LOG = `${E2E_DATA_DIR}/server.log`;

export const E2E_ACCOUNTS = {
  admin: { email: 'admin@azghar-today.example', password: 'e2e-admin-password' },
  editor: { email: 'editor@azghar-today.example', password: 'e2e-editor-password' },
  // Made by scripts/e2e-server.ts with admin:create.
  author: { email: 'author@e2e.example', password: 'e2e-author-password', role: 'AUTHOR', name: 'كاتب الاختبار' },
  contributor: { email: 'contributor@e2e.example', password: 'e2e-contributor-password', role: 'CONTRIBUTOR', name: 'مساهم الاختبار' },
  throttled: { email: 'throttled@e2e.example', password: 'e2e-throttled-password', role: 'AUTHOR', name: 'حساب الحظر' },
};

export const e2eEnv = {
  DATABASE_URL: `file:./${E2E_DATA_DIR}/portal.db`,
  MEDIA_DIR: `${E2E_DATA_DIR}/media`,
  DATA_DIR: E2E_DATA_DIR,
  NEXT_DIST_DIR: '.builds/e2e',
  ADMIN_EMAIL: E2E_ACCOUNTS.admin.email,
  ADMIN_PASSWORD: E2E_ACCOUNTS.admin.password,
  EDITOR_EMAIL: E2E_ACCOUNTS.editor.email,
  EDITOR_PASSWORD: E2E_ACCOUNTS.editor.password,
  APP_SECRET: 'e2e-secret-not-for-production',
  NEXT_TELEMETRY_DISABLED: '1',
  // The tests stand in for one reverse proxy: they choose each test's client address.
  TRUSTED_PROXIES: '2',
  // Plain http on localhost: cookies cannot be Secure there.
  INSECURE_COOKIES: '1',
  // Every database operation in the server log, counted by e2e/query-budget.spec.ts.
  DB_QUERY_LOG: '1',
  // Scheduled articles are checked every 3 s instead of 30 s.
  SCHEDULER_INTERVAL_MS: '3000',
};
