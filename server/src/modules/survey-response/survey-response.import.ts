import { parse, type CsvError, type Options, type Parser } from 'csv-parse';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Request, RequestHandler, Response } from 'express';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { authorize, requireActor, type Actor } from '../../common/auth/actor.js';
import { AppError, ServiceUnavailable } from '../../common/errors.js';
import type { Config } from '../../config.js';
import type { Security } from '../../context.js';
import { isDatabaseUnavailable } from '../../database/connection-guard.js';
import type { Database } from '../../database/orm.js';
import type { Logger } from '../../logger.js';
import { audited } from '../audit/audit.js';
import { authenticate } from '../auth/authenticate.js';
import { ResponseReferences, StagedResponses, validateResponse, type IncomingResponse, type ResponseField } from './ingest.js';
import { MAX_LISTED_ERRORS, noteBatch } from './survey-response.service.js';

/**
 * `POST /import/survey-responses` (DESIGN §4, issue 7): a CSV file of survey responses, read as
 * it streams in. Every row is checked as recordSurveyResponses checks its input, with journeys,
 * stages, channels and segments by id or by name; good rows go to a staging table batch by
 * batch, and are stored by one statement at the end, in one transaction with the audit entry.
 * A file with any bad row stores nothing and lists the first 100 problems by line.
 */

export interface ImportError {
  /** The physical line of the file (the header is line 1) where the row starts. */
  line: number;
  /** The column at fault; null when the line itself is not valid CSV. */
  column: string | null;
  message: string;
}

export interface ImportResult {
  received: number;
  created: number;
  duplicates: number;
  errors: ImportError[];
}

/** A refused file: `errors` lists the first 100 problems, `errorCount` says how many there are. */
export interface ImportRejection extends ImportResult {
  errorCount: number;
}

/**
 * Rows per staging insert. Its SQL (about 250 bytes a row) stays under V8's large-object size of
 * 128 KB, so it dies young rather than piling up in the old generation until a full collection;
 * bigger batches stage no faster (measured: 400 and 5,000 rows a statement take the same time).
 */
const BATCH_ROWS = 400;
/** A record longer than this is not a survey response; it usually means a quote never closed. */
const MAX_RECORD_BYTES = 1024 * 1024;

const REQUIRED = ['source', 'externalId', 'score', 'journey', 'respondedAt'] as const;
const OPTIONAL = ['stage', 'channel', 'segment', 'comment', 'respondentKey'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const COLUMNS: readonly Column[] = [...REQUIRED, ...OPTIONAL];
const COLUMN_BY_LOWER_CASE = new Map<string, Column>(COLUMNS.map(c => [c.toLowerCase(), c]));

/** The column of the file that holds each field of SurveyResponseInput. */
const COLUMN_OF: Readonly<Record<ResponseField, Column>> = {
  source: 'source',
  externalId: 'externalId',
  score: 'score',
  journeyId: 'journey',
  stageId: 'stage',
  channelId: 'channel',
  segmentId: 'segment',
  respondedAt: 'respondedAt',
  comment: 'comment',
  respondentKey: 'respondentKey',
};

/** Parser errors after which the parser finds its feet again at the next line. */
const RECOVERABLE = new Set(['CSV_RECORD_INCONSISTENT_COLUMNS', 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH']);

function describeCsvError(error: CsvError, columnCount: number): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `This row has ${String(error.record ? (error.record as unknown[]).length : 'a different number of')} values, the header names ${columnCount} columns`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted value that starts in this row is never closed; the rows after it could not be read';
    case 'CSV_MAX_RECORD_SIZE':
      return `This row is longer than ${MAX_RECORD_BYTES / 1024} KiB: most likely a quoted value that starts here is never closed; the rows after it could not be read`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'A closing quote must be followed by a comma or the end of the line (write a quote inside a quoted value as two quotes); the rows after it may not have been read as intended';
    case 'INVALID_OPENING_QUOTE':
      return 'A quote may only open a value (quote the whole value and write a quote inside it as two quotes); the rows after it may not have been read as intended';
    default:
      return 'This row is not valid CSV; the rows after it may not have been read as intended';
  }
}

/** The body went over REGIE_IMPORT_LIMIT. */
class TooLarge extends Error {}
/** The client went away before the whole body arrived. */
class ClientGone extends Error {}
/** The file has bad rows: the transaction rolls back and the client gets the list. */
class Rejected extends Error {
  constructor(readonly result: ImportRejection) {
    super('The file has bad rows');
  }
}

/** Counts the bytes that stream through, and fails the stream once there are too many. */
class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(new TooLarge());
    else done(null, chunk);
  }
}

/**
 * The first 100 problems of the file by line, and how many there are in all. Rows reach the
 * importer a little after the parser has read them, so the parser's own errors wait in `pending`
 * until the rows before them have been checked.
 */
class ErrorList {
  readonly listed: ImportError[] = [];
  total = 0;
  private readonly pending: ImportError[] = [];

  add(error: ImportError): void {
    this.total++;
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
  }

  /** A parser error, found ahead of the rows still on their way. */
  defer(error: ImportError): void {
    // Every error that waits precedes this one, so a full list of them decides the first 100.
    if (this.pending.length < MAX_LISTED_ERRORS) this.pending.push(error);
    else this.total++;
  }

  /** Moves the parser errors before `line` (all of them without a line) to the list. */
  settle(line = Infinity): void {
    while (this.pending.length > 0 && this.pending[0].line < line) this.add(this.pending.shift()!);
  }
}

interface Row {
  values: IncomingResponse;
  line: number;
}

interface Header {
  /** The first line has been read (or found not to be CSV). */
  read: boolean;
  /** Every required column is there: the rows can be checked. */
  complete: boolean;
  width: number;
}

/** The known columns of a header row, in order, with the position of each; its problems noted. */
function readHeader(names: string[], line: number, errors: ErrorList): [Column, number][] {
  const positions: [Column, number][] = [];
  names.forEach((raw, index) => {
    const name = raw.trim();
    const column = COLUMN_BY_LOWER_CASE.get(name.toLowerCase());
    if (!column) {
      const message = name ? `Unknown column "${name.slice(0, 80)}"; the columns are ${COLUMNS.join(', ')}` : `A column has no name; the columns are ${COLUMNS.join(', ')}`;
      errors.add({ line, column: name, message });
    } else if (positions.some(([known]) => known === column)) {
      errors.add({ line, column, message: `Column ${column} appears more than once` });
    } else positions.push([column, index]);
  });
  for (const column of REQUIRED) {
    if (!positions.some(([known]) => known === column)) errors.add({ line, column, message: `Column ${column} is missing; ${REQUIRED.join(', ')} are required` });
  }
  return positions;
}

/**
 * A streaming CSV parser that reads the header row and gives each later row as an object of the
 * known columns, with the line it starts on (a quoted value may span lines; skipped empty lines
 * count). Records come from csv-parse as arrays: its own `columns` builds every row with
 * Object.defineProperty, a slow object, and a third of the import's garbage.
 */
function csvRows(errors: ErrorList): { parser: Parser; header: Header; skipped: () => number } {
  const header: Header = { read: false, complete: false, width: 0 };
  let positions: [Column, number][] = [];
  let skipped = 0;
  let lastLine = 0;
  let emptyLines = 0;
  let unreadable = false;
  const startOf = (context: { lines: number; empty_lines: number }) => {
    const start = lastLine + 1 + (context.empty_lines - emptyLines);
    lastLine = context.lines;
    emptyLines = context.empty_lines;
    return start;
  };
  const options: Options<Row, string[]> = {
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (fields, context) => {
      const line = startOf(context);
      if (!header.read) {
        header.read = true;
        header.width = fields.length;
        positions = readHeader(fields, line, errors);
        header.complete = REQUIRED.every(column => positions.some(([known]) => known === column));
        return null;
      }
      const values: IncomingResponse = {};
      for (const [column, index] of positions) values[column] = fields[index];
      return { values, line };
    },
    on_skip: error => {
      if (!error) return undefined;
      const line = startOf({ lines: Number(error.lines ?? lastLine), empty_lines: Number(error.empty_lines ?? emptyLines) });
      // After a quote goes wrong the parser's idea of lines is unreliable: one error says it.
      if (unreadable) return undefined;
      if (!RECOVERABLE.has(error.code)) unreadable = true;
      if (header.read) {
        skipped++;
        errors.defer({ line, column: null, message: describeCsvError(error, header.width) });
      } else {
        // What follows a header that is not CSV cannot be read as rows of it.
        header.read = true;
        errors.add({ line, column: null, message: 'The header row is not valid CSV; it must name the columns, separated by commas' });
      }
      return undefined;
    },
  };
  // csv-parse's typings give a parser without `columns` string[] records, whatever on_record makes of them.
  return { parser: parse(options as unknown as Options), header, skipped: () => skipped };
}

/** What a stream holds, a buffer at a time: one promise per step rather than one per row. */
async function* buffered<T>(stream: Readable): AsyncGenerator<T[]> {
  for await (const first of stream) {
    const items: T[] = [first as T];
    for (let next: T | null = stream.read(); next !== null; next = stream.read()) items.push(next);
    yield items;
  }
}

const megabytes = (bytes: number) => `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
const json = (res: Response, status: number, body: unknown) => res.status(status).json(body);
const refuse = (res: Response, status: number, code: string, message: string) => json(res, status, { errors: [{ message, extensions: { code } }] });

/** Stops reading a body that will not be used; the connection closes after the answer. */
function discard(req: Request, res: Response): void {
  res.setHeader('Connection', 'close');
  req.unpipe();
  req.resume();
}

export interface ImportDeps {
  db: Database;
  security: Security;
  config: Pick<Config, 'importLimitBytes' | 'timeZone'>;
  logger: Logger;
}

export function surveyResponseImport({ db, security, config, logger }: ImportDeps): RequestHandler {
  return async (req, res) => {
    try {
      const em = db.fork();
      const who = allowed(await authenticate(req.headers.authorization, em, security));
      if (who instanceof AppError) {
        const code = who.extensions.code as string;
        if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
        refuse(res, code === 'UNAUTHENTICATED' ? 401 : 403, code, who.message);
        return;
      }

      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1].toLowerCase();
      const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (!req.is('text/csv') || (charset && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) || encoding !== 'identity') {
        refuse(res, 415, 'BAD_REQUEST', 'Send the file as Content-Type: text/csv in UTF-8, without Content-Encoding');
        return;
      }
      const tooLarge = `The file is larger than ${megabytes(config.importLimitBytes)} (REGIE_IMPORT_LIMIT); split it and send the parts`;
      if (Number(req.headers['content-length']) > config.importLimitBytes) {
        discard(req, res);
        refuse(res, 413, 'BAD_REQUEST', tooLarge);
        return;
      }

      try {
        const started = Date.now();
        const result = await audited(em, who, 'importSurveyResponses', () => importRows(req, em, config, logger));
        logger.info('Imported survey responses', { ...result, errors: undefined, actor: who.name, ms: Date.now() - started });
        json(res, 200, result);
      } catch (error) {
        if (error instanceof Rejected) json(res, 400, error.result);
        else if (error instanceof TooLarge) {
          discard(req, res);
          refuse(res, 413, 'BAD_REQUEST', tooLarge);
        } else if (error instanceof ClientGone) logger.info('A survey-response import was cancelled by the client; nothing was stored');
        else throw error;
      }
    } catch (error) {
      logger.error('Unexpected error while importing survey responses', error);
      if (res.headersSent || res.destroyed) return;
      discard(req, res);
      if (isDatabaseUnavailable(error)) refuse(res, 503, 'SERVICE_UNAVAILABLE', ServiceUnavailable.MESSAGE);
      else refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

/** The same permission as recordSurveyResponses; the refusal (UNAUTHENTICATED or FORBIDDEN) otherwise. */
function allowed(auth: { actor?: Actor; refusal?: string }): Actor | AppError {
  try {
    const actor = requireActor(auth);
    authorize(actor, 'responses:write');
    return actor;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

/** Reads the body row by row; stages good rows while no bad one has been seen; stores at the end. */
async function importRows(req: Request, em: SqlEntityManager, config: ImportDeps['config'], logger: Logger): Promise<ImportResult> {
  const started = Date.now();
  const connection = em.getConnection();
  // A big file takes longer than REGIE_STATEMENT_TIMEOUT_MS allows one statement of a request.
  await connection.execute('set local statement_timeout = 0', [], 'run', em.getTransactionContext());
  const refs = await ResponseReferences.load(em);
  const staged = new StagedResponses(em, config.timeZone);
  const errors = new ErrorList();
  const { parser, header, skipped } = csvRows(errors);

  const limit = new ByteLimit(config.importLimitBytes);
  limit.once('error', error => parser.destroy(error));
  req.once('error', () => limit.destroy(new ClientGone()));
  req.once('close', () => {
    if (!req.complete) limit.destroy(new ClientGone());
  });
  req.pipe(limit).pipe(parser);

  const options = { byName: true, timeZone: config.timeZone, now: Date.now(), names: COLUMN_OF };
  let received = 0;
  try {
    for await (const rows of buffered<Row>(parser)) {
      for (const { values, line } of rows) {
        received++;
        errors.settle(line);
        if (!header.complete) continue;
        const checked = validateResponse(values, refs, options);
        if (checked.errors) {
          for (const e of checked.errors) errors.add({ line, column: COLUMN_OF[e.field], message: e.message });
          continue;
        }
        // Once a row is bad nothing will be stored: keep reading only to list the problems.
        if (errors.total > 0) continue;
        staged.push(checked.row);
        // Reading waits for the write: the request stays paused meanwhile, and a batch's strings
        // die young instead of outliving the parsing that would go on around them.
        if (staged.waiting >= BATCH_ROWS) await staged.write();
      }
    }
  } finally {
    req.unpipe(limit);
  }
  errors.settle();
  received += skipped();
  if (!header.read) errors.add({ line: 1, column: null, message: `The file is empty; its first line must name the columns: ${COLUMNS.join(', ')}` });
  if (errors.total > 0) throw new Rejected({ received, created: 0, duplicates: 0, errors: errors.listed, errorCount: errors.total });

  logger.debug('Survey-response import: file read and staged, storing', { received, ms: Date.now() - started });
  const created = await staged.store();
  const result = { received, created, duplicates: received - created };
  if (created > 0) noteBatch(result);
  return { ...result, errors: [] };
}
