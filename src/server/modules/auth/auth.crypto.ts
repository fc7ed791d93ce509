import { hash, verify } from '@node-rs/argon2';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { randomBytes } from 'node:crypto';

/** A secret to hand out once (session cookie, API token); only its hash is stored. */
export function generateSecret(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

export function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

export function hashPassword(password: string): Promise<string> {
  // Argon2id with the library's defaults (OWASP-recommended memory and time costs).
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Prefix that makes API tokens recognisable in logs and secret scanners. */
export const tokenPrefix = 'jalon_';
