// How person aliases are compared: "Lukashenka", "LUKASHENKA", "Lukašenka" and "Лукашенко" stay distinct
// aliases, but case, diacritics, punctuation spacing and ё/е do not matter. The intake feature looks
// people up with the same function, so keep it the only copy.

/** Lower-cased, diacritics stripped (NFD minus combining marks), ё→е, spaces and hyphens collapsed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    // Cyrillic й is и + breve under NFD; keep it a letter of its own, as readers do.
    .replace(/\u0438\u0306/g, '\u0439')
    .replace(/\u0418\u0306/g, '\u0419')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,]/g, '')
    .trim();
}
