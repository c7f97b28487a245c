import { translatorOf, type Translate } from '../i18n/translation.ts';
import { messages } from './messages.ts';

/** The English of these functions when no reader's language is given (and in the unit tests). */
const ENGLISH = translatorOf(messages.en);

/** Where the server takes a CSV of survey responses (notes/nps-api.md), from the admin's own origin. */
export const IMPORT_URL = '/import/survey-responses';

/** The columns the server reads, in the order a template offers them. */
export const CSV_COLUMNS = ['source', 'externalId', 'score', 'journey', 'stage', 'channel', 'segment', 'respondedAt', 'comment', 'respondentKey'] as const;

/** The columns a file must have; the others may be left out. */
export const REQUIRED_COLUMNS: readonly (typeof CSV_COLUMNS)[number][] = ['source', 'externalId', 'score', 'journey', 'respondedAt'];

export interface ImportRowError {
  /** The line of the file, counting the header as line 1. */
  line: number;
  column?: string | null;
  message: string;
}

export interface ImportResult {
  received: number;
  created: number;
  duplicates: number;
  /** The first problems of a refused file (the server lists up to 100)… */
  errors: ImportRowError[];
  /** …and how many there are in all. */
  errorCount?: number;
}

export type UploadOutcome =
  /** Stored (HTTP 200): every good row is in, re-sent ones counted as duplicates. */
  | { kind: 'stored'; result: ImportResult }
  /** The file has bad rows (HTTP 400): nothing was stored. */
  | { kind: 'rejected'; result: ImportResult }
  /** Refused as a whole, or the server could not be reached; `status` 0 for the latter. */
  | { kind: 'failed'; status: number; message: string };

const isResult = (body: unknown): body is ImportResult => {
  const result = body as Partial<ImportResult> | null;
  return typeof result?.received === 'number' && typeof result.created === 'number' && typeof result.duplicates === 'number' && Array.isArray(result.errors);
};

/** Our words for a failed upload, by HTTP status (messages.ts, `regie.import.failures`). */
const FAILURES: Record<number, string> = {
  0: 'unreachable',
  401: 'expired',
  403: 'forbidden',
  413: 'too_large',
  415: 'not_csv',
};

/** Where the server's own message says more than ours (the limit, what is wrong with the file). */
const SERVER_SAYS_BEST = [400, 413];

/**
 * The server's own words: `{ errors: [{ message, extensions: { code } }] }`, as GraphQL refuses
 * (and the import route answers 400, 401, 403, 413 and 415); a bare `{ message }` as a fallback.
 */
function messageOf(body: unknown): string | undefined {
  const answer = body as { errors?: unknown; message?: unknown } | null | undefined;
  const first = Array.isArray(answer?.errors) ? (answer.errors[0] as { message?: unknown } | null | undefined) : undefined;
  for (const message of [first?.message, answer?.message]) if (typeof message === 'string' && message.trim()) return message;
  return undefined;
}

/** What the server's answer means for the person who uploaded the file. */
export function outcomeOf(status: number, text: string, translate: Translate = ENGLISH): UploadOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (status === 200 && isResult(body)) return { kind: 'stored', result: body };
  if (status === 400 && isResult(body) && body.errors.length > 0) return { kind: 'rejected', result: body };
  const ours = FAILURES[status] && translate(`regie.import.failures.${FAILURES[status]}`);
  const servers = messageOf(body);
  const message = (SERVER_SAYS_BEST.includes(status) ? (servers ?? ours) : (ours ?? servers)) ?? translate('regie.import.failures.failed', { status });
  return { kind: 'failed', status, message };
}

export interface UploadProgress {
  /** Share of the file sent, 0–1, while it is being sent. */
  onProgress(sent: number): void;
  /** The whole file is sent; the server is reading and storing it. */
  onSent(): void;
}

/**
 * Sends `file` as text/csv with the bearer token. XMLHttpRequest rather than fetch: only it
 * reports upload progress. `abort` stops it; the promise then resolves as failed with status 0.
 */
export function uploadCsv(
  file: Blob,
  token: string | undefined,
  progress: UploadProgress,
  translate: Translate = ENGLISH,
): { done: Promise<UploadOutcome>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>(resolve => {
    // Upload listeners must be in place before send(), or the browser may not report progress.
    xhr.upload.onprogress = event => {
      if (event.lengthComputable && event.total > 0) progress.onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => progress.onSent();
    xhr.onload = () => resolve(outcomeOf(xhr.status, xhr.responseText, translate));
    xhr.onerror = () => resolve(outcomeOf(0, '', translate));
    xhr.onabort = () => resolve({ kind: 'failed', status: 0, message: translate('regie.import.failures.cancelled') });
  });
  xhr.open('POST', IMPORT_URL);
  xhr.setRequestHeader('Content-Type', 'text/csv');
  if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}
