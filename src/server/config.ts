import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Settings read once from the environment (every variable is listed in the README). */
export interface AppConfig {
  /** Origins allowed to send cookie-authenticated writes besides the request's own host. */
  publicOrigins: string[];
  /** Largest JSON body accepted by ordinary routes. */
  maxBodyBytes: number;
  /** Largest plan document accepted by the import route. */
  maxImportBytes: number;
  /** Largest file of KPI measurements accepted by the measurement import routes (read as a stream). */
  maxMeasurementFileBytes: number;
  sessionDays: number;
  /** Mark the session cookie `Secure` (set when served over HTTPS). */
  cookieSecure: boolean;
  /** Failed logins allowed per email and address within `loginWindowMinutes`. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Built web app served at `/`. */
  webDir: string;
  /** Plan templates and case studies (plan documents and their catalog). */
  templatesDir: string;
  version: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function intFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    publicOrigins: (env.JALON_PUBLIC_URL ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    maxBodyBytes: intFrom(env.JALON_MAX_BODY_BYTES, 1024 * 1024),
    maxImportBytes: intFrom(env.JALON_MAX_IMPORT_BYTES, 50 * 1024 * 1024),
    maxMeasurementFileBytes: intFrom(env.JALON_MAX_MEASUREMENT_FILE_BYTES, 200 * 1024 * 1024),
    sessionDays: intFrom(env.JALON_SESSION_DAYS, 30),
    cookieSecure: env.JALON_COOKIE_SECURE === 'true',
    loginMaxFailures: intFrom(env.JALON_LOGIN_MAX_FAILURES, 10),
    loginWindowMinutes: intFrom(env.JALON_LOGIN_WINDOW_MINUTES, 15),
    webDir: env.JALON_WEB_DIR ?? path.join(repoRoot, 'dist', 'web'),
    templatesDir: env.JALON_TEMPLATES_DIR ?? path.join(repoRoot, 'templates'),
    version: process.env.npm_package_version ?? '0.1.0',
  };
}
