import { describe, expect, it } from 'vitest';
import { assertTestDatabase, freshTestDataDir } from './test-data';

describe('test data guards', () => {
  it('refuse to empty a folder outside data/', () => {
    expect(() => freshTestDataDir('.')).toThrow(/refusing/);
    expect(() => freshTestDataDir('data/../prisma')).toThrow(/refusing/);
    expect(() => freshTestDataDir('data')).toThrow(/refusing/);
  });

  it('refuse a database outside the test folder', () => {
    expect(() => assertTestDatabase('file:./data/portal.db', 'data/e2e')).toThrow(/refusing/);
    expect(() => assertTestDatabase('postgresql://127.0.0.1/portal', 'data/e2e')).toThrow(/refusing/);
    expect(() => assertTestDatabase('file:./data/e2e/portal.db', 'data/e2e')).not.toThrow();
  });
});
