import fc from 'fast-check';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLScalarType,
} from 'graphql';

/**
 * Hostile input for the property tests of hostile-input.test.ts (issue 11): fast-check
 * arbitraries for every GraphQL input type, biased toward values that break servers; the GraphQL
 * text of a value; and the checks every answer must pass (typed errors, nothing internal).
 */

/** An argument or input field left out of the call. */
export const OMIT = Symbol('omitted');

/** What generated ids may point at. */
export interface IdPool {
  /** Ids of existing records of every kind (ids of another type than the argument's included). */
  existing: readonly string[];
  /** Ids never generated for this argument (the test's own people, for mutations on people). */
  avoid?: ReadonlySet<string>;
}

// --- hostile values -------------------------------------------------------------------------

const MILLION = 1_000_000;
/** Long strings: at and beyond the usual limits (200, 5,000, 10,000 characters), and a million characters. */
const LONG_STRINGS = ['a'.repeat(101), 'a'.repeat(201), 'a'.repeat(5_001), 'a'.repeat(10_001), 'x'.repeat(MILLION), '😀'.repeat(200_000), 'é'.repeat(300_000)];
const BLANK = ['', ' ', '   ', '\t\n\r', '\u00a0\u3000', '\u200b', '\ufeff'];
const SQLISH = [
  `' OR '1'='1`,
  `'; DROP TABLE person; --`,
  `1; select pg_sleep(5)`,
  `") or 1=1 --`,
  `1' union select password_hash from person --`,
  `$1`,
  `?`,
  `%`,
  `_`,
  `\\`,
  `E'\\x00'`,
  `{"$gt": ""}`,
  `\${7*7}`,
  `<script>alert(1)</script>`,
  `../../../../etc/passwd`,
];
const UNICODE = [
  '\ud800',
  'a\udc00b',
  '\udbff\udfff',
  '😀',
  '👩‍👩‍👧‍👦',
  '\u202egnp.exe',
  'שלום עולם',
  'مرحبا بالعالم',
  'a\u0000b',
  '\u0000',
  'İstanbul',
  'ß',
  'e\u0301',
  'ｆｕｌｌｗｉｄｔｈ',
  '\u2028\u2029',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\u0007\u001b[31m',
];
const NUMBERISH = ['NaN', 'Infinity', '-Infinity', '-0', '0', '-1', '1e308', '2147483648', '9007199254740993', '0x10', '1_000', '١٢', 'null', 'undefined', 'true', '[]', '{}'];
const DATES = [
  '2026-02-30',
  '0000-00-00',
  '0000-01-01',
  '2026-13-01',
  '9999-12-31',
  '275760-09-13',
  '+275760-09-13T00:00:00.000Z',
  '2027-06-30',
  '2024-02-29',
  '2026-11-20T14:03:00Z',
  '2026-11-20T14:03:00',
  '2026-11-20T14:03:00+14:00',
  '2026-11-20T25:00:00Z',
  '2026-03-29T02:30:00',
  '1970-01-01T00:00:00Z',
  '2999-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  'yesterday',
  'Fri, 20 Nov 2026 14:03:00 GMT',
];
const QUARTERS = ['2027-Q1', '2026-Q4', '2027-Q0', '2027-Q5', '0000-Q1', '9999-Q4', '2027Q1', '2027-q1', ' 2027-Q1 ', '2027-Q1\n'];
const PERIODS = ['2026-11', '2026-00', '2026-13', '2026-Q4', '0000-01', '99999-01', '2026-1'];
const EMAILS = ['a@b', 'new.person@test.regie', 'REGIE@TEST.REGIE', 'viewer@test.regie', '@', 'a@', 'not an email', `${'a'.repeat(300)}@x.io`, 'ünï@cödé.de', 'a@b.c\u0000'];
const SCOPES = ['read', 'responses:write', 'initiatives:write', 'admin', '*', 'READ', 'read '];
/** Never the test people's password: a right currentPassword would end the session the test runs on. */
const PASSWORDS = ['short', 'long enough password', 'p'.repeat(200), 'p'.repeat(201)];
const NAMES = ['Web', 'App', 'Store', 'Moving house', 'Search', 'HOME', 'home', 'Away Department', 'Test regie'];

/** Strings that look like what an argument of this name wants, valid or nearly so. */
function plausibleStrings(name: string): string[] {
  if (/quarter/i.test(name)) return QUARTERS;
  if (/period/i.test(name)) return PERIODS;
  if (/date|At$/i.test(name)) return DATES;
  if (/email/i.test(name)) return EMAILS;
  if (/scope/i.test(name)) return SCOPES;
  if (/password/i.test(name)) return PASSWORDS;
  return NAMES;
}

const INTS = [-1, 0, 1, 2, 3, 5, 10, 11, 100, -100, 101, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 1.5, -0];
const FLOATS = [0, -0, 1, 0.5, 1.0000001, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 10_000, 10_000.0001, 100, 100.5, 1e-7];

/** Values of the wrong type for any argument; objects whose keys attack prototypes among them. */
const WRONG_TYPES: unknown[] = [
  'x',
  'NaN',
  1,
  1.5,
  -1,
  true,
  {},
  [],
  { a: 1 },
  [[1]],
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  { constructor: { prototype: { polluted: 'yes' } } },
];

/** The ids a hostile client would send: existing ones of any kind, missing ones, and not ids at all. */
const NOT_IDS: unknown[] = ['0', '-1', '1.0', '1e2', ' 1 ', '１', '999999999', '2147483648', '9007199254740993', '99999999999999999999', 'abc', '', '1; drop table person', 0, -1, 1.5, 2 ** 53 + 1];

/** Text a careful client may send, yet unusual: scripts, marks, emoji (all storable). */
const UNUSUAL = ['😀 Smile', 'שלום עולם', 'مرحبا', 'İstanbul', 'Straße', 'e\u0301te\u0301', 'ｆｕｌｌ', '\u202eRTL', "O'Brien", 'Tab\there', '  padded  ', 'a'.repeat(100)];

// --- arbitraries per GraphQL type --------------------------------------------------------------

/**
 * `tame`: values a careful client would send (right types, existing ids, small numbers, plausible
 * text), so that a call can get past the checks and do something; one hostile argument among
 * tame ones then tests the checks one at a time.
 */
export type Temper = 'hostile' | 'tame';

const weighted = <T>(...items: [number, fc.Arbitrary<T>][]) => fc.oneof(...items.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));

function stringArb(name: string, temper: Temper): fc.Arbitrary<unknown> {
  if (temper === 'tame') return weighted<unknown>([4, fc.constantFrom(...plausibleStrings(name))], [3, fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Za-z]{1,8})?$/)], [1, fc.constantFrom(...UNUSUAL)]);
  return weighted<unknown>(
    [5, fc.constantFrom(...plausibleStrings(name))],
    [2, fc.constantFrom(...BLANK, ...SQLISH, ...UNICODE, ...NUMBERISH)],
    [2, fc.string({ unit: 'binary', maxLength: 30 })],
    [1, fc.string({ unit: 'grapheme', maxLength: 30 })],
    [2, fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Za-z]{1,8})?$/)],
    [1, fc.constantFrom(...LONG_STRINGS)],
  );
}

function idArb(pool: IdPool, temper: Temper): fc.Arbitrary<unknown> {
  const existing = pool.existing.filter(id => !pool.avoid?.has(id));
  if (temper === 'tame') return fc.constantFrom(...existing.slice(0, 6));
  return weighted<unknown>([6, fc.constantFrom(...existing)], [2, fc.constantFrom(...NOT_IDS)], [1, fc.constantFrom(...SQLISH, ...UNICODE)]);
}

function scalarArb(type: GraphQLScalarType, name: string, pool: IdPool, temper: Temper): fc.Arbitrary<unknown> {
  const tame = temper === 'tame';
  switch (type.name) {
    case 'ID':
      return idArb(pool, temper);
    case 'String':
      return stringArb(name, temper);
    case 'Int':
      if (tame) return fc.integer({ min: 1, max: 3 });
      return weighted<unknown>([3, fc.constantFrom(...INTS)], [3, fc.integer({ min: -3, max: 12 })], [1, fc.integer()], [1, fc.constantFrom(...NUMBERISH)]);
    case 'Float':
      if (tame) return fc.double({ min: 0.1, max: 1, noNaN: true });
      return weighted<unknown>([3, fc.constantFrom(...FLOATS)], [3, fc.double({ min: -2, max: 12, noNaN: true })], [1, fc.double()], [1, fc.constantFrom(...NUMBERISH)]);
    case 'Boolean':
      if (tame) return fc.boolean();
      return weighted<unknown>([6, fc.boolean()], [1, fc.constantFrom('true', 0, 1)]);
    case 'DateTimeISO':
      if (tame) return fc.date({ min: new Date('2027-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map(d => d.toISOString());
      return weighted<unknown>([4, fc.constantFrom(...DATES)], [2, fc.date({ noInvalidDate: true }).map(d => d.toISOString())], [1, fc.constantFrom(0, -1, 8.64e15 + 1, 1e308)]);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A list: a few items, a single item (GraphQL makes it a list of one), or thousands. */
function listArb(of: GraphQLInputType, name: string, pool: IdPool, temper: Temper): fc.Arbitrary<unknown> {
  const item = valueArb(of, name, pool, temper);
  if (temper === 'tame') return fc.array(item, { maxLength: 3 });
  return weighted<unknown>(
    [8, fc.array(item, { maxLength: 4 })],
    [1, item],
    [1, fc.tuple(item, fc.constantFrom(1_000, 5_001, 20_000)).map(([value, n]) => Array<unknown>(n).fill(value))],
  );
}

function inputObjectArb(type: GraphQLInputObjectType, pool: IdPool, temper: Temper): fc.Arbitrary<unknown> {
  const fields = fieldsArb(Object.values(type.getFields()), pool, temper);
  if (temper === 'tame') return fields;
  // Now and then a field the type does not have.
  return weighted<unknown>([8, fields], [1, fc.tuple(fields, fc.constantFrom('unknownField', 'id', '__typename')).map(([value, extra]) => ({ ...(value as object), [extra]: 1 }))]);
}

/** A value of roughly the right shape for `type` most of the time; else null or a wrong type (never when tame). */
export function valueArb(type: GraphQLInputType, name: string, pool: IdPool, temper: Temper = 'hostile'): fc.Arbitrary<unknown> {
  const required = type instanceof GraphQLNonNull;
  const inner = required ? (type as GraphQLNonNull<GraphQLInputType>).ofType : type;
  let right: fc.Arbitrary<unknown>;
  if (inner instanceof GraphQLList) right = listArb(inner.ofType as GraphQLInputType, name, pool, temper);
  else if (inner instanceof GraphQLInputObjectType) right = inputObjectArb(inner, pool, temper);
  else if (inner instanceof GraphQLEnumType) {
    const values = inner.getValues().map(v => v.name);
    right = temper === 'tame' ? fc.constantFrom(...values) : weighted<unknown>([8, fc.constantFrom(...values)], [1, fc.constantFrom('', 'INVALID', values[0].toLowerCase(), `${values[0]} `, 'null')]);
  } else right = scalarArb(inner as GraphQLScalarType, name, pool, temper);
  if (temper === 'tame') return right;
  return weighted<unknown>([required ? 14 : 10, right], [1, fc.constant(null)], [1, fc.constantFrom(...WRONG_TYPES)]);
}

type Field = GraphQLArgument | GraphQLInputField;
type Pools = IdPool | ((name: string) => IdPool);

/** Arguments (or input fields): each one given, or left out (a required one now and then too, never when tame). */
export function fieldsArb(fields: readonly Field[], pool: Pools, temper: Temper = 'hostile'): fc.Arbitrary<Record<string, unknown>> {
  const poolOf = typeof pool === 'function' ? pool : () => pool;
  const entries = fields.map(field => {
    const value = valueArb(field.type, field.name, poolOf(field.name), temper);
    const required = field.type instanceof GraphQLNonNull;
    const given = temper === 'tame' && required ? value : fc.option(value, { nil: OMIT as unknown, freq: required ? 20 : temper === 'tame' ? 2 : 3 });
    return given.map(v => [field.name, v] as const);
  });
  return fc.tuple(...entries).map(pairs => Object.fromEntries(pairs.filter(([, value]) => value !== OMIT)));
}

/**
 * Arguments for a call: all hostile, or tame but for one hostile argument (given, or left out),
 * so that the checks meet one bad value at a time and good calls get through.
 */
export function callArgsArb(fields: readonly Field[], pool: Pools): fc.Arbitrary<Record<string, unknown>> {
  const poolOf = typeof pool === 'function' ? pool : () => pool;
  if (fields.length === 0) return fc.constant({});
  const oneBad = fc.tuple(fieldsArb(fields, pool, 'tame'), fc.nat(fields.length - 1)).chain(([tame, index]) => {
    const field = fields[index];
    return fc.option(valueArb(field.type, field.name, poolOf(field.name)), { nil: OMIT as unknown, freq: 6 }).map(bad => {
      const args: Record<string, unknown> = { ...tame };
      if (bad === OMIT) delete args[field.name];
      else args[field.name] = bad;
      return args;
    });
  });
  return weighted([2, fieldsArb(fields, pool)], [2, oneBad], [1, fieldsArb(fields, pool, 'tame')]);
}

// --- GraphQL text ----------------------------------------------------------------------------

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value written as a GraphQL literal for an argument of `type` (enum names bare, other strings quoted). */
export function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type instanceof GraphQLNonNull ? (type.ofType as GraphQLInputType) : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const of = inner instanceof GraphQLList ? (inner.ofType as GraphQLInputType) : inner;
    return `[${value.map(item => literal(item, of)).join(', ')}]`;
  }
  if (inner instanceof GraphQLList) return literal(value, inner.ofType as GraphQLInputType);
  if (typeof value === 'object') {
    const fields = inner instanceof GraphQLInputObjectType ? inner.getFields() : {};
    const entries = Object.entries(value as object).filter(([key]) => NAME.test(key));
    return `{${entries.map(([key, item]) => `${key}: ${literal(item, Object.hasOwn(fields, key) ? fields[key].type : undefined)}`).join(', ')}}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' && inner instanceof GraphQLEnumType && NAME.test(value) && !['true', 'false', 'null'].includes(value)) return value;
  return JSON.stringify(value);
}

export const typeText = (type: GraphQLInputType): string =>
  type instanceof GraphQLNonNull ? `${typeText(type.ofType as GraphQLInputType)}!` : type instanceof GraphQLList ? `[${typeText(type.ofType as GraphQLInputType)}]` : (type as { name: string }).name;

/**
 * A call of `field` with `args`: as variables (every argument declared, the left-out ones not
 * sent, so a required one is a missing variable) or written inline.
 */
export function operation(
  kind: 'query' | 'mutation',
  field: { name: string; args: readonly GraphQLArgument[] },
  args: Record<string, unknown>,
  mode: 'variables' | 'inline',
): { query: string; variables?: Record<string, unknown> } {
  if (mode === 'inline') {
    const given = field.args.filter(a => Object.hasOwn(args, a.name));
    const call = given.map(a => `${a.name}: ${literal(args[a.name], a.type)}`).join(', ');
    return { query: `${kind} { ${field.name}${call ? `(${call})` : ''} { __typename } }` };
  }
  const declared = field.args.map(a => `$${a.name}: ${typeText(a.type)}`).join(', ');
  const call = field.args.map(a => `${a.name}: $${a.name}`).join(', ');
  return { query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${call ? `(${call})` : ''} { __typename } }`, variables: args };
}

// --- what an answer may be -------------------------------------------------------------------

/** The codes of DESIGN §4 and src/common/errors.ts; INTERNAL_SERVER_ERROR is never acceptable here. */
export const TYPED_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_REQUEST',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Signs of internals: stack traces, file paths, JavaScript errors, SQL text, PostgreSQL's words. */
const LEAKS: [string, RegExp][] = [
  // Bounded repetitions: a million-character echo must not take quadratic time.
  ['stack frame', /\bat (?:async )?[\w.$<>]{1,200} \(|\n\s+at\s/],
  ['file and line', /\b[\w-]{1,100}\.(?:ts|js|mjs|cjs):\d+/],
  ['file path', /node_modules|\/work\/|\/home\/|\/usr\/|\/src\/|file:\/\/|[A-Z]:\\/],
  ['stack trace', /stacktrace/i],
  ['JavaScript error', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|AggregateError)\b/],
  ['JavaScript error', /Cannot (?:read|set) propert|is not a function|is not iterable|undefined is not|Maximum call stack|out of memory/i],
  ['SQL text', /\binsert into\b|\bdelete from\b|\bselect\b[^.]{0,200}?\bfrom\s+["\w]|\bupdate\s+"?\w+"?\s+set\b|"\w+"\."\w+"/i],
  [
    'PostgreSQL message',
    /duplicate key|violates|constraint "|relation "|column "|syntax error at|invalid input syntax|invalid input value|invalid byte sequence|out of range for type|value too long for type|numeric field overflow|null value in column|current transaction is aborted|deadlock detected|canceling statement|unterminated|PostgreSQL|SQLSTATE|\bpg_\w+|\bpglite\b/i,
  ],
  ['driver or ORM', /MikroORM|DriverException|QueryFailed|ECONNRESET|ECONNREFUSED|EPIPE|knex|kysely/i],
];

/**
 * The first sign of internals in `text` that is not an echo of what the client sent (an error
 * may quote the bad value, SQL-looking strings included).
 */
export function leakIn(text: string, sent: Iterable<string>): string | undefined {
  for (const [kind, pattern] of LEAKS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const found = match[0].toLowerCase();
      let echoed = false;
      for (const echo of sent) if ((echoed = echo.toLowerCase().includes(found))) break;
      if (!echoed) return `${kind}: ${JSON.stringify(match[0])} in ${JSON.stringify(text.slice(0, 300))}`;
    }
  }
  return undefined;
}

/** Every string inside a value (what the client sent, or an error's message and extensions). */
export function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach(item => stringsOf(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      stringsOf(item, into);
    }
  }
  return into;
}

/** A value for messages: long strings cut short, with their length. */
export function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 40)}…(${value.length} chars)` : value;
  if (Array.isArray(value)) return value.length > 6 ? [...value.slice(0, 3).map(shorten), `…(${value.length} items)`] : value.map(shorten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shorten(item)]));
  return value;
}

/** Gives a generated value a short description in fast-check's counterexamples (no million-character strings). */
export function described<T extends object>(value: T): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => JSON.stringify(shorten(value)), enumerable: false });
  return value;
}
