import fs from 'node:fs';

/**
 * Bytes to text for delimited files: the encoding is read from the byte-order mark (UTF-8,
 * UTF-16LE as Google Ads' "Excel .csv", UTF-16BE), else guessed from the first bytes (UTF-16
 * without a mark, UTF-8, else Windows-1252 as old Excel writes it); the text is decoded as a
 * stream, so a file of any size takes the memory of one chunk.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of the byte-order mark to skip. */
  bom: number;
}

export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sample = head.subarray(0, Math.min(head.length, 4096));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = sample.length / 2;
  if (pairs > 0 && oddNul / pairs > 0.3 && evenNul < oddNul / 4) return { encoding: 'utf-16le', bom: 0 };
  if (pairs > 0 && evenNul / pairs > 0.3 && oddNul < evenNul / 4) return { encoding: 'utf-16be', bom: 0 };
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

export const encodingLabel = (guess: EncodingGuess): string =>
  guess.encoding === 'utf-8' && guess.bom > 0 ? 'utf-8-bom' : guess.encoding;

/** The first `size` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, size = 65_536): Promise<Uint8Array> {
  const handle = await fs.promises.open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface ReadProgress {
  /** Called with the bytes read so far. */
  onBytes?: (bytes: number) => void;
}

/** The file's text, chunk by chunk, decoded from `guess` (byte-order mark left out). */
export async function* decodeFile(
  path: string,
  guess: EncodingGuess,
  progress: ReadProgress = {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder(guess.encoding);
  let bytes = 0;
  // Chunks of 64 KB: the records of one chunk are read and written before the next, so they die young.
  const stream = fs.createReadStream(path, { start: guess.bom, highWaterMark: 1 << 16 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    progress.onBytes?.(bytes + guess.bom);
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export type Delimiter = ',' | ';' | '\t';
const delimiters: Delimiter[] = [',', ';', '\t'];

/** Delimiters of one line outside quoted fields. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

/**
 * The delimiter of a delimited text from its first lines: the candidate found the same number of
 * times (at least once) on most lines, comment lines (`#…`) and one-cell title lines aside.
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample
    .split(/\r\n|\n|\r/)
    .slice(0, 200)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  // A cut last line would skew the counts.
  if (lines.length > 1) lines.pop();
  let best: { delimiter: Delimiter; share: number; count: number } = { delimiter: ',', share: 0, count: 0 };
  for (const delimiter of delimiters) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [mode, times] = [...frequency.entries()].reduce((a, b) =>
      b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a,
    );
    const share = times / lines.length;
    if (share > best.share || (share === best.share && mode > best.count)) best = { delimiter, share, count: mode };
  }
  return best.delimiter;
}

/** The start of the decoded text, for sniffing the delimiter and the format. */
export function decodeHead(head: Uint8Array, guess: EncodingGuess): string {
  return new TextDecoder(guess.encoding).decode(head.subarray(guess.bom), { stream: true });
}
