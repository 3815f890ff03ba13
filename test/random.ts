// The seeded generator lives with the code that uses it outside tests (src/extraction/eval.ts's bootstrap).
export { seededRandom } from '../src/domain/random.ts';
