import type { Messages } from './areas.ts';

/**
 * A translation of the English messages `T`: the same keys, each a string. An area types its
 * Dutch with it (`const nl: Translation<typeof en>`), so a key missing or left over fails the typecheck.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** react-admin's `translate`: a key, with `%{name}` values, `smart_count` for plurals and `_` as the fallback. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a plain function needs to speak the reader's language: a translate and the locale (`en`, `nl`). */
export interface Wording {
  translate: Translate;
  locale: string;
}

/** The phrase at a dotted key of nested messages, if there is one. */
export function phraseAt(messages: Messages, key: string): string | undefined {
  let node: Messages | string | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * Polyglot's reading of a phrase, for plain functions outside React (and their unit tests):
 * `%{name}` replaced, `a |||| b` chosen by `smart_count` (one, other: English and Dutch).
 */
export function translatorOf(messages: Messages): Translate {
  return (key, options = {}) => {
    const phrase = phraseAt(messages, key);
    if (phrase === undefined) return typeof options._ === 'string' ? options._ : key;
    // As polyglot: with a count, the form for it (trimmed); without, the phrase as it is.
    const count = options.smart_count;
    const forms = phrase.split('||||');
    const chosen = typeof count === 'number' ? (forms[count === 1 ? 0 : 1] ?? forms[0]).trim() : phrase;
    return chosen.replace(/%\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(options, name) ? String(options[name]) : whole));
  };
}

/** Every dotted key of nested messages, for comparing two languages. */
export function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

/** Deep-merges message trees, later ones winning per key. */
export function mergeMessages(...trees: Messages[]): Messages {
  const merged: Messages = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      merged[key] = typeof value === 'object' && typeof existing === 'object' ? mergeMessages(existing, value) : typeof value === 'object' ? mergeMessages(value) : value;
    }
  }
  return merged;
}
