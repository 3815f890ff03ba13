// Commitments: cues, one per cue clause, opinions left out, addressees of instructions.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';

const commitments = (body: string) => {
  const doc = extract(`published: 2024-03-01\n---\n${body}\n`);
  return doc.commitments.map((c) => ({ ...c, evidence: c.evidence.map((s) => body.slice(s.start, s.end)) }));
};

describe('commitments', () => {
  it('takes "concurred on", "will carry out", "decision to", "upcoming contacts" and promises inside quotations', () => {
    expect(commitments('The two leaders concurred on strengthening cooperation in energy.')).toHaveLength(1);
    expect(commitments('The relevant ministries of both states will carry out the preparation of the forum.')).toHaveLength(1);
    expect(commitments('The Prime Minister stated Italy\'s decision to send humanitarian aid.')).toHaveLength(1);
    expect(commitments('The presidents discussed upcoming contacts.')).toHaveLength(1);
    expect(commitments('"We will continue to support our partners in the region," said the Chancellor.')).toHaveLength(1);
  });

  it('gives one commitment per cue clause', () => {
    const c = commitments('The ministers agreed to meet in May, and the governments were instructed to prepare a roadmap by June.');
    expect(c).toHaveLength(2);
    expect(c[0]?.evidence[0]).toContain('agreed to meet');
    expect(c[1]?.evidence[0]).toContain('were instructed');
    expect(c[1]?.evidence[0]).not.toContain('agreed');
  });

  it('leaves out opinions and attributive uses', () => {
    expect(commitments('The President said such issues should be resolved through negotiations.')).toEqual([]);
    expect(commitments('The talks took place on the agreed date.')).toEqual([]);
  });

  it('fills `to` for instructions, active and passive', () => {
    expect(commitments('The President instructed the Government of Belarus to draft the programme.')[0]?.to).toEqual(['Government of Belarus']);
    expect(commitments('The governments were instructed to prepare a roadmap.')[0]?.to).toEqual(['governments']);
    expect(commitments('The leaders agreed to meet again.')[0]?.to).toEqual([]);
  });
});
