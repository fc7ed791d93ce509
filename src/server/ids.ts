import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

export const isoNow = (now: Date): string => now.toISOString();
