/**
 * Ready-made completions for the reward playground (and its unit tests). All answer one short problem;
 * the texts are ours, written to show one reward changing at a time.
 */
import type { TargetLanguage } from '../../lib/rewards';

export const EXAMPLE_PROBLEM = 'What is 3/4 of 2/3? Give the answer as a fraction.';
export const EXAMPLE_REFERENCE = '1/2';

export interface RewardExample {
  id: 'correct' | 'wrong' | 'format' | 'mixing';
  label: string;
  completion: string;
  reference: string;
  target: TargetLanguage;
}

export const REWARD_EXAMPLES: readonly RewardExample[] = [
  {
    id: 'correct',
    label: 'Correct',
    completion:
      '<think>\nWe need 3/4 of 2/3, which means multiplying the fractions. Multiply the numerators: 3 × 2 = 6. ' +
      'Multiply the denominators: 4 × 3 = 12. So the result is 6/12, and dividing top and bottom by 6 gives 1/2.\n' +
      '</think>\n<answer>\\boxed{\\frac{1}{2}}</answer>',
    reference: EXAMPLE_REFERENCE,
    target: 'en',
  },
  {
    id: 'wrong',
    label: 'Wrong answer',
    completion:
      '<think>\nWe need 3/4 of 2/3. Add the numerators: 3 + 2 = 5. Add the denominators: 4 + 3 = 7. ' +
      'So the result is 5/7.\n</think>\n<answer>\\boxed{\\frac{5}{7}}</answer>',
    reference: EXAMPLE_REFERENCE,
    target: 'en',
  },
  {
    id: 'format',
    label: 'Broken format',
    completion:
      '<think>\n3/4 of 2/3 is the product of the two fractions: (3 × 2)/(4 × 3) = 6/12 = 1/2.\n<answer>0.5</answer>',
    reference: EXAMPLE_REFERENCE,
    target: 'en',
  },
  {
    id: 'mixing',
    label: 'Language mixing',
    completion:
      '<think>\nWe need 3/4 of 2/3, so multiply the fractions. 分子相乘 3 × 2 = 6，分母相乘 4 × 3 = 12。' +
      '所以结果是 6/12 = 1/2。\n</think>\n<answer>\\boxed{\\frac{1}{2}}</answer>',
    reference: EXAMPLE_REFERENCE,
    target: 'en',
  },
];
