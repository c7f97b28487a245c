import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/** The stable error codes of DESIGN §4; clients switch on `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
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

type Logger = (error: unknown) => void;

/**
 * The one place where errors become what clients see: our own codes and graphql-js request
 * errors pass through; class-validator failures become BAD_USER_INPUT naming the field;
 * everything else is logged and masked as INTERNAL_SERVER_ERROR.
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
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: original.extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && original instanceof GraphQLError) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logUnexpected(original);
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
