// The gazetteer's record types. The data lives in ./data/*.ts; lookups are built from it in ./index.ts.

/** ISO 3166-1 alpha-2, upper case ("BY", "RU"). */
export type CountryCode = string;

export interface GazetteerCountry {
  code: CountryCode;
  /** Short English name as the press writes it ("Belarus", "United States"). */
  name: string;
  /** Other names and transliterations ("Republic of Belarus", "Byelorussia", "USA", "the U.S."). */
  aliases: readonly string[];
  /** Adjectives and demonyms ("Belarusian", "Belarusians", "Byelorussian"). */
  adjectives: readonly string[];
  /** Capital city and its spellings ("Minsk"). */
  capitals: readonly string[];
}

export interface GazetteerPosition {
  /** Office as the press writes it: "President", "Prime Minister", "Foreign Minister", "Press Secretary", "Chancellor", "King", "Secretary General" … */
  role: string;
  /** The state the office represents; null for officials of international bodies. */
  country: CountryCode | null;
  /** For officials of a body ("United Nations", "CSTO"), its canonical name. */
  body?: string;
  /** First and last day in office, ISO dates; `to` null while in office. Approximate to the month is acceptable when the day is not known. */
  from: string;
  to: string | null;
}

export interface GazetteerPerson {
  /** Fullest usual English spelling ("Alexander Lukashenko"). */
  name: string;
  /** Other spellings and transliterations, including the surname alone when it is unambiguous ("Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenka", "Лукашенко"). */
  aliases: readonly string[];
  positions: readonly GazetteerPosition[];
}

export type BodyKind = 'standing_body' | 'organisation' | 'government' | 'ministry' | 'forum';

export interface GazetteerBody {
  /** Canonical English name ("Supreme State Council"). */
  name: string;
  /** Other names and abbreviations ("Supreme State Council of the Union State", "SSC"). */
  aliases: readonly string[];
  kind: BodyKind;
  /** Member or owning states, when it is useful to know them. */
  members?: readonly CountryCode[];
  /** The organisation a standing body belongs to ("Union State", "Eurasian Economic Union"). */
  parent?: string;
}

/** A city that is not a capital (capitals live with their country), where summits and visits happen. */
export interface GazetteerCity {
  /** English name as the press writes it ("St. Petersburg"). */
  name: string;
  /** Other spellings and transliterations ("Saint Petersburg", "Санкт-Петербург"). */
  aliases: readonly string[];
  country: CountryCode;
}
