import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from './config.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** The request being handled, for every log line written while handling it (however deep the call). */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** An id a proxy or client may hand us: short, and nothing that could forge or break a log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@+=/-]{1,100}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, a fresh UUID otherwise),
 * returns it in X-Request-Id and puts it on every log line written while the request is handled.
 */
export function requestIds() {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming !== undefined && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    requestScope.run({ requestId }, next);
  };
}

/** Plain lines for people, on stderr unless told otherwise; level from LOG_LEVEL. */
export function createLogger(level: Config['logLevel'], output: (line: string) => void = line => process.stderr.write(line)): Logger {
  const threshold = LEVELS[level];
  const write = (at: Level) => (message: string, detail?: unknown) => {
    if (LEVELS[at] < threshold) return;
    const suffix = detail instanceof Error ? `\n${detail.stack ?? detail.message}` : detail === undefined ? '' : ` ${JSON.stringify(detail)}`;
    const request = requestScope.getStore();
    const scope = request ? ` [${request.requestId}]` : '';
    output(`${new Date().toISOString()} ${at.toUpperCase()}${scope} ${message}${suffix}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
