// Splits a readout file into its `key: value` header and the body that all offsets count into.

export interface Header {
  source: string | null;
  published: string | null;
  title: string | null;
  fields: Record<string, string>;
}

export interface SplitReadout {
  header: Header;
  body: string;
}

const HEADER_LINE = /^([A-Za-z][A-Za-z_-]{0,30}):[ \t]?(.*)$/;

/** A header exists only when every line up to a `---` line is `key: value`; otherwise the whole text is body. */
export function splitHeader(text: string): SplitReadout {
  const empty: Header = { source: null, published: null, title: null, fields: {} };
  const fields: Record<string, string> = {};
  let pos = 0;
  // Headers are short; a cap keeps a pathological first line from costing more than a scan.
  for (let lines = 0; lines < 50 && pos < text.length; lines++) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    if (line.trim() === '---') {
      const body = text.slice(Math.min(eol + 1, text.length));
      return {
        header: {
          source: fields['source'] ?? null,
          published: fields['published'] ?? null,
          title: fields['title'] ?? null,
          fields,
        },
        body,
      };
    }
    const m = HEADER_LINE.exec(line);
    if (!m || line.length > 2000) break;
    fields[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
    pos = eol + 1;
  }
  return { header: empty, body: text };
}
