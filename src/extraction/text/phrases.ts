// A trie of word sequences, for lexicons matched at a token (longest match wins).

export interface PhraseTrie<T> {
  next: Map<string, PhraseTrie<T>>;
  value: T | null;
}

export function buildPhraseTrie<T>(entries: readonly (readonly [string, T])[]): PhraseTrie<T> {
  const root: PhraseTrie<T> = { next: new Map(), value: null };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const w of phrase.split(' ')) {
      let c = node.next.get(w);
      if (!c) node.next.set(w, (c = { next: new Map(), value: null }));
      node = c;
    }
    node.value = value;
  }
  return root;
}

export function matchPhrase<T>(root: PhraseTrie<T>, keys: readonly string[]): { length: number; value: T } | null {
  let node: PhraseTrie<T> | undefined = root;
  let best: { length: number; value: T } | null = null;
  for (let i = 0; i < keys.length && node; i++) {
    node = node.next.get(keys[i] ?? '');
    if (node?.value != null) best = { length: i + 1, value: node.value };
  }
  return best;
}
