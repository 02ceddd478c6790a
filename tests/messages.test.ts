import fs from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';

type Messages = { [key: string]: string | Messages };
const load = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const flatten = (m: Messages, prefix = ''): [string, string][] =>
  Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
// Arguments of a message: {name}, {count, plural, …}.
const argumentsOf = (message: string) => new Set([...message.matchAll(/\{\s*([a-zA-Z]\w*)\s*[,}]/g)].map((m) => m[1]));

const reference = new Map(flatten(load(routing.defaultLocale)));

describe.each(routing.locales)('messages/%s.json', (locale) => {
  const messages = new Map(flatten(load(locale)));

  it('has exactly the keys of the Arabic file', () => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it('keeps every argument and parses as ICU', () => {
    for (const [key, message] of messages) {
      expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
      expect(argumentsOf(message), key).toEqual(argumentsOf(reference.get(key) ?? ''));
    }
  });
});
