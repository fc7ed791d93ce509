import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { AppContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';

/**
 * An uploaded file, written to a temporary folder as it arrives (the request body is a stream;
 * memory holds one chunk). The size limit is enforced while streaming: past it the upload stops
 * with 413, naming the limit. Imports then read the file as often as they need.
 */

export const uploadContentTypes = [
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

export interface Upload {
  path: string;
  size: number;
  remove(): Promise<void>;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}

export function tooLarge(limit: number): AppError {
  return new AppError(
    'payload_too_large',
    `The file is larger than the import limit of ${megabytes(limit)} (${limit} bytes, JALON_MAX_MEASUREMENT_FILE_BYTES)`,
    [{ path: 'body', message: `At most ${limit} bytes`, code: 'too_big' }],
    {
      limitBytes: limit,
      messages: {
        fr: `Le fichier dépasse la limite d’import de ${megabytes(limit).replace('.', ',')} (${limit} octets, JALON_MAX_MEASUREMENT_FILE_BYTES).`,
        en: `The file is larger than the import limit of ${megabytes(limit)} (${limit} bytes, JALON_MAX_MEASUREMENT_FILE_BYTES).`,
      },
    },
  );
}

export function checkContentType(c: AppContext): void {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!uploadContentTypes.includes(type)) {
    throw new AppError(
      'unsupported_media_type',
      `Send the file as the raw request body with Content-Type text/csv, ${uploadContentTypes[5]} or application/octet-stream${type ? ` (got ${type})` : ''}`,
    );
  }
}

export async function receiveUpload(
  c: AppContext,
  maxBytes: number,
  onBytes?: (bytes: number) => void,
): Promise<Upload> {
  const declared = Number(c.req.header('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body)
    throw new AppError('validation', 'Send the file as the request body', [{ path: 'body', message: 'Required' }]);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'jalon-import-'));
  const file = path.join(dir, 'upload');
  const remove = () => fs.promises.rm(dir, { recursive: true, force: true });
  const out = fs.createWriteStream(file);
  let size = 0;
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      if (!out.write(chunk)) await once(out, 'drain');
      onBytes?.(size);
    }
    out.end();
    await once(out, 'close');
  } catch (error) {
    out.destroy();
    await remove();
    throw error;
  }
  if (size === 0) {
    await remove();
    throw new AppError('validation', 'The file is empty', [{ path: 'body', message: 'Empty' }]);
  }
  return { path: file, size, remove };
}
