import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPostgresUrl, resolveDatabaseConfig } from './dialect.js';

describe('choosing the database', () => {
  it.each([
    [{ db: 'postgres://a@h/x', env: { DATABASE_URL: 'postgres://b@h/y' } }, 'postgres://a@h/x'],
    [{ env: { DATABASE_URL: 'postgres://b@h/y', JALON_DATA_DIR: '/srv/jalon' } }, 'postgres://b@h/y'],
    [{ env: { JALON_DATA_DIR: '/srv/jalon' } }, path.join('/srv/jalon', 'jalon.sqlite')],
    [{ env: {} }, path.join('data', 'jalon.sqlite')],
  ])('%j → %s', (opts, url) => {
    expect(resolveDatabaseConfig(opts).url).toBe(url);
  });

  it.each([
    ['postgres://postgres@127.0.0.1:5432/test', true],
    ['postgresql://u:p@db/jalon', true],
    ['./data/jalon.sqlite', false],
    ['mysql://x', false],
  ])('isPostgresUrl(%s) → %s', (url, expected) => {
    expect(isPostgresUrl(url)).toBe(expected);
  });
});
