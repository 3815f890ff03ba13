// The gazetteer built once from the project's data files.
import { BODIES } from './data/bodies.ts';
import { CITIES } from './data/cities.ts';
import { COUNTRIES } from './data/countries.ts';
import { PEOPLE } from './data/people.ts';
import { buildGazetteer } from './index.ts';
import type { Gazetteer } from './index.ts';

let cached: Gazetteer | null = null;

export function defaultGazetteer(): Gazetteer {
  cached ??= buildGazetteer({ people: PEOPLE, countries: COUNTRIES, bodies: BODIES, cities: CITIES });
  return cached;
}
