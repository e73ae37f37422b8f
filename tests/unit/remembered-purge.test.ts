import { describe, expect, it } from 'vitest';
import { classesIn } from '../../src/build/remembered-purge';

describe('classesIn', () => {
  it('reads every class of every element', () => {
    expect([...classesIn('<p class="a  b"><span class="c">x</span><i data-class="no"></i></p>')]).toEqual(['a', 'b', 'c']);
  });
});
