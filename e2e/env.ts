// The e2e server's environment: a fresh SQLite database and media folder of its own, a build
// directory of its own (pages are prerendered from the database), and known staff passwords.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = 'data/e2e';
export const E2E_SERVER_LOG = `${E2E_DATA_DIR}/server.log`;
/** The server process's id, for the tests that read its memory (e2e/body-limits.spec.ts). */
export const E2E_SERVER_PID = `${E2E_DATA_DIR}/server.pid`;
/** Every mail the e2e server sends, one .eml file each (scripts/e2e-server.ts runs the SMTP server). */
export const E2E_MAIL_DIR = `${E2E_DATA_DIR}/mail`;

export const E2E_ACCOUNTS = {
  admin: { email: 'admin@azghar-today.example', password: 'e2e-admin-password' },
  editor: { email: 'editor@azghar-today.example', password: 'e2e-editor-password' },
  // Made by scripts/e2e-server.ts with admin:create.
  author: { email: 'author@e2e.example', password: 'e2e-author-password', role: 'AUTHOR', name: 'كاتب الاختبار' },
  contributor: { email: 'contributor@e2e.example', password: 'e2e-contributor-password', role: 'CONTRIBUTOR', name: 'مساهم الاختبار' },
  throttled: { email: 'throttled@e2e.example', password: 'e2e-throttled-password', role: 'AUTHOR', name: 'حساب الحظر' },
  // Sets up two-step verification in e2e/two-factor.spec.ts (one per project: the app's codes are per account).
  twoFactorDesktop: { email: 'two-factor-desktop@e2e.example', password: 'e2e-two-factor-password', role: 'EDITOR', name: 'محرر التحقق' },
  twoFactorPhone: { email: 'two-factor-phone@e2e.example', password: 'e2e-two-factor-password', role: 'EDITOR', name: 'محرر الهاتف' },
  // Forget their password in e2e/password-reset.spec.ts.
  resetDesktop: { email: 'reset-desktop@e2e.example', password: 'e2e-reset-password', role: 'AUTHOR', name: 'كاتب النسيان' },
  resetPhone: { email: 'reset-phone@e2e.example', password: 'e2e-reset-password', role: 'AUTHOR', name: 'كاتب الهاتف' },
  // Signed in from several browsers and signed out of them in e2e/sessions.spec.ts.
  sessionsDesktop: { email: 'sessions-desktop@e2e.example', password: 'e2e-sessions-password', role: 'AUTHOR', name: 'كاتب الأجهزة' },
  sessionsPhone: { email: 'sessions-phone@e2e.example', password: 'e2e-sessions-password', role: 'AUTHOR', name: 'كاتب الأجهزة على الهاتف' },
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
