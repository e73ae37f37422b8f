import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/site/page-schema';

const valid = { title: 'Pure RL', description: 'A page about reinforcement learning on a base model.', section: 'Approaches', order: 2 };

describe('pageSchema', () => {
  it('accepts a complete page and coerces the updated date', () => {
    const parsed = pageSchema.parse({ ...valid, approach: 'pure-rl', updated: '2026-11-26' });
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it('names the field that is missing or wrong', () => {
    const missing = pageSchema.safeParse({ ...valid, description: undefined });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(['description']);
    const wrong = pageSchema.safeParse({ ...valid, section: 'Misc' });
    expect(wrong.error!.issues[0]!.path).toEqual(['section']);
    const approach = pageSchema.safeParse({ ...valid, approach: 'magic' });
    expect(approach.error!.issues[0]!.path).toEqual(['approach']);
  });
});
