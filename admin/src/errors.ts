import { useCallback } from 'react';
import { HttpError, useGetResourceLabel, useNotify, useResourceContext, useTranslate, type DataProvider } from 'react-admin';
import { messages } from './common/messages.ts';
import { translatorOf, type Translate } from './i18n/translation.ts';

const ENGLISH = translatorOf(messages.en);

/**
 * What the admin knows about a refused request, from the `extensions` of the server's first
 * GraphQL error (DESIGN §4). `errors` is react-admin's server-side validation shape: the form
 * shows each message under its input, and `root.serverError` in its "form is invalid" notification.
 */
export interface ServerErrorBody {
  code: string;
  field?: string;
  currentVersion?: number;
  errors?: { root: { serverError: string }; [field: string]: string | { serverError: string } };
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; field?: unknown; fields?: unknown; currentVersion?: unknown };
}

// HTTP statuses give react-admin's authProvider.checkError the usual 401/403 to act on.
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

// Read by shape rather than `instanceof HttpError`, which a second copy of ra-core would defeat.
const bodyOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as { body?: unknown }).body : undefined);

type WithGraphQLErrors = { graphQLErrors?: GraphQLErrorLike[] } | undefined;

/**
 * ra-data-graphql rejects with an HttpError whose body is Apollo's error, holding `graphQLErrors`;
 * the admin's own calls (dataProvider.ts) reject with Apollo's error itself.
 */
function firstGraphQLError(error: unknown): GraphQLErrorLike | undefined {
  const apolloError = (bodyOf(error) ?? error) as WithGraphQLErrors;
  return apolloError?.graphQLErrors?.[0];
}

const NOT_INPUTS = ['id', 'version'];

/**
 * Input errors become form errors only for fields the form sent (not `id` or `version`): an error
 * set on a field without an input would never clear and would block the next save.
 */
function fieldErrors(graphQLError: GraphQLErrorLike, formFields: readonly string[]): ServerErrorBody['errors'] {
  const { field, fields } = graphQLError.extensions ?? {};
  const listed = Array.isArray(fields) ? (fields as { field: string; message: string }[]) : [];
  const all = listed.length > 0 ? listed : typeof field === 'string' ? [{ field, message: graphQLError.message }] : [];
  const onInputs = all.filter(e => formFields.includes(e.field.split('.')[0]) && !NOT_INPUTS.includes(e.field));
  if (onInputs.length === 0) return undefined;
  return Object.assign({ root: { serverError: graphQLError.message } }, ...onInputs.map(e => ({ [e.field]: e.message })));
}

/**
 * Turns a GraphQL error into an HttpError with a status and a ServerErrorBody; leaves others
 * alone. `formFields` are the keys of the record a create or update sent.
 */
export function toHttpError(error: unknown, formFields: readonly string[] = []): unknown {
  const graphQLError = firstGraphQLError(error);
  const code = graphQLError?.extensions?.code;
  if (!graphQLError || typeof code !== 'string') return error;
  const { field, currentVersion } = graphQLError.extensions ?? {};
  const body: ServerErrorBody = {
    code,
    field: typeof field === 'string' ? field : undefined,
    currentVersion: typeof currentVersion === 'number' ? currentVersion : undefined,
    errors: code === 'BAD_USER_INPUT' ? fieldErrors(graphQLError, formFields) : undefined,
  };
  return new HttpError(graphQLError.message, STATUS_OF_CODE[code] ?? 500, body);
}

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

/** Every data provider call rejects with toHttpError's shape, so pages and auth read one format. */
export function withServerErrors<T extends DataProvider>(provider: T): T {
  const wrapped: Record<string, unknown> = { ...provider };
  for (const method of METHODS) {
    const call = provider[method] as (resource: string, params: { data?: object }) => Promise<unknown>;
    wrapped[method] = (resource: string, params: { data?: object }) =>
      call(resource, params).catch((error: unknown) => {
        throw toHttpError(error, Object.keys(params?.data ?? {}));
      });
  }
  return wrapped as T;
}

export function serverErrorOf(error: unknown): ServerErrorBody | undefined {
  const body = bodyOf(error) as Partial<ServerErrorBody> | undefined;
  return typeof body?.code === 'string' ? (body as ServerErrorBody) : undefined;
}

/**
 * The message a user sees when saving a record failed, in the reader's language (`translate`);
 * `label` is the resource in words. The server's own message (in English) is shown as it is.
 */
export function saveErrorMessage(error: unknown, label: string, translate: Translate = ENGLISH): string {
  const server = serverErrorOf(error);
  if (server?.code === 'CONFLICT') {
    const now = server.currentVersion === undefined ? '' : translate('regie.common.errors.conflict_version', { version: server.currentVersion });
    return translate('regie.common.errors.conflict', { label, now });
  }
  return error instanceof Error && error.message ? error.message : translate('regie.common.errors.not_saved', { label });
}

/**
 * The `mutationOptions.onError` of every Create and Edit. Input errors that name a field are
 * left to the form: it shows them under the inputs and notifies their `root.serverError`.
 */
export function useSaveErrorHandler(): (error: unknown) => void {
  const notify = useNotify();
  const resource = useResourceContext();
  const getResourceLabel = useGetResourceLabel();
  const translate = useTranslate();
  const label = getResourceLabel(resource ?? '', 1).toLowerCase();
  return useCallback(
    (error: unknown) => {
      if (serverErrorOf(error)?.errors) return;
      const message = saveErrorMessage(error, label, translate);
      // `_` makes the message its own translation, so server text is shown as it is.
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
    },
    [notify, label, translate],
  );
}
