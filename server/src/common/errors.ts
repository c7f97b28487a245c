import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from '../database/connection-guard.js';

/** The stable error codes of DESIGN §4; clients switch on `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Codes that graphql-js and Apollo produce themselves for malformed requests; safe to pass on. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Invalid input; `field` names the argument (dotted path for nested input, e.g. `impacts.0.level`). */
export class BadUserInput extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFound extends AppError {
  constructor(entity: string, id: string | number) {
    super('NOT_FOUND', `${entity} ${id} does not exist`, { entity, id: String(id) });
  }
}

/** The caller edited a stale copy; `currentVersion` lets the client reload and retry. */
export class Conflict extends AppError {
  constructor(entity: string, id: string | number, currentVersion: number) {
    super(
      'CONFLICT',
      `${entity} ${id} was changed by someone else (now at version ${currentVersion}); reload and try again`,
      { entity, id: String(id), currentVersion },
    );
  }
}

export class Unauthenticated extends AppError {
  constructor(message = 'Sign in or send a valid API token', extensions: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, extensions);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'You may not do this') {
    super('FORBIDDEN', message);
  }
}

/** The database cannot be reached right now (a write may or may not have been stored: read before writing again). */
export class ServiceUnavailable extends AppError {
  static readonly MESSAGE = 'The database cannot be reached right now; try again shortly';
  /** `httpStatus`: the response's status when the whole request fails (before any field ran). */
  constructor(httpStatus?: number) {
    super('SERVICE_UNAVAILABLE', ServiceUnavailable.MESSAGE, httpStatus ? { http: { status: httpStatus } } : {});
  }
}

type Logger = (error: unknown) => void;

/**
 * graphql-js stops checking variables after 50 bad values with this error, which Apollo leaves
 * without a code (it codes only the errors that name a variable): it is the client's input too.
 */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * The one place where errors become what clients see: our own codes and graphql-js request
 * errors pass through; class-validator failures become BAD_USER_INPUT naming the field;
 * a database that cannot be reached becomes SERVICE_UNAVAILABLE (logged); everything else is
 * logged and masked as INTERNAL_SERVER_ERROR.
 */
export function formatError(logUnexpected: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.flatMap((e: ValidationLike) => flattenValidation(e.property, e));
      const first = fields[0];
      return {
        message: first ? `${first.field}: ${first.message}` : 'Invalid input',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', field: first?.field, fields },
      };
    }
    if (original instanceof AppError) {
      // `http` sets the response's status (Apollo reads it); it is not for the client's eyes.
      const { http: _http, ...extensions } = original.extensions;
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
    }
    if (original instanceof GraphQLError && original.message === TOO_MANY_VARIABLE_ERRORS) {
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    // Apollo refuses some malformed requests (a persisted query's hash or version that is wrong)
    // with an HTTP 4xx status and no code: the client's fault, said as BAD_REQUEST.
    const status = original instanceof GraphQLError ? (original.extensions.http as { status?: number } | undefined)?.status : undefined;
    if (original instanceof GraphQLError && original.extensions.code === undefined && !original.path && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
    }
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && original instanceof GraphQLError) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logUnexpected(original);
    if (isDatabaseUnavailable(original)) {
      return { message: ServiceUnavailable.MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

function flattenValidation(pathSoFar: string, error: ValidationLike): { field: string; message: string }[] {
  const own = Object.values(error.constraints ?? {}).map(message => ({ field: pathSoFar, message }));
  const nested = (error.children ?? []).flatMap(child => flattenValidation(`${pathSoFar}.${child.property}`, child));
  return [...own, ...nested];
}
