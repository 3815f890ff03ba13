// The front end's labels (no browser needed): every label comes from src/web/i18n: each key the pages ask for exists in English and in
// Russian (plural keys with every form the language needs), and the two files hold the same keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const WEB = join(import.meta.dirname, '..', '..', 'src', 'web');
const en = JSON.parse(readFileSync(join(WEB, 'i18n', 'en.json'), 'utf8')) as Tree;
const ru = JSON.parse(readFileSync(join(WEB, 'i18n', 'ru.json'), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : sources(join(dir, e.name));
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [];
  });
}

// t('a.b'), t(`a.${x}`), i18n keys handed to LocalError('a.b'): string literals that look like keys.
const CALL = /\b(?:t|LocalError)\(\s*(['`])([a-zA-Z][\w.]*(?:\$\{[^}]*\}[\w.]*)*)\1/g;

function usedKeys(): { file: string; key: string }[] {
  return sources(WEB).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(CALL)].map((m) => ({ file: file.slice(WEB.length + 1), key: m[2] ?? '' })));
}

const PLURALS = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;

function resolves(keys: Set<string>, key: string, lang: keyof typeof PLURALS): boolean {
  if (key.includes('${')) {
    // A key built at run time: some key of that shape must exist.
    const pattern = new RegExp(`^${key.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w]+')}(?:_\\w+)?$`);
    return [...keys].some((k) => pattern.test(k));
  }
  if (keys.has(key)) return true;
  return PLURALS[lang].every((form) => keys.has(`${key}_${form}`));
}

describe('translations', () => {
  const enKeys = new Set(leaves(en));
  const ruKeys = new Set(leaves(ru));
  const used = usedKeys();

  it('finds the keys the pages use', () => {
    expect(used.length).toBeGreaterThan(200);
    expect(used.some((u) => u.key === 'signing.errors.hashMismatch')).toBe(true);
  });

  it('has every key a page asks for, in both languages', () => {
    const missing = used.flatMap(({ file, key }) => (['en', 'ru'] as const).filter((lang) => !resolves(lang === 'en' ? enKeys : ruKeys, key, lang)).map((lang) => `${lang}: ${key} (${file})`));
    expect(missing).toEqual([]);
  });

  it('holds the same keys in English and Russian, apart from plural forms', () => {
    const base = (k: string) => k.replace(/_(?:zero|one|two|few|many|other)$/, '');
    const enBase = new Set([...enKeys].map(base));
    const ruBase = new Set([...ruKeys].map(base));
    expect([...enBase].filter((k) => !ruBase.has(k))).toEqual([]);
    expect([...ruBase].filter((k) => !enBase.has(k))).toEqual([]);
  });

  it('gives Russian every plural form wherever English has plurals', () => {
    const plural = [...enKeys].filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -'_one'.length));
    expect(plural.length).toBeGreaterThan(0);
    expect(plural.flatMap((k) => PLURALS.ru.filter((form) => !ruKeys.has(`${k}_${form}`)).map((form) => `${k}_${form}`))).toEqual([]);
  });
});
