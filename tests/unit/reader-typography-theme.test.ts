import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../src/site/typography';
import { THEME_BOOT_SCRIPT, isDark, parseThemeChoice } from '../../src/site/theme';

describe('smartQuotes', () => {
  it('turns apostrophes inside and after words into ’', () => {
    expect(smartQuotes("fine-tuning small models on a teacher's reasoning")).toBe('fine-tuning small models on a teacher’s reasoning');
    expect(smartQuotes("DeepSeek-R1's four stages and the models' outputs")).toBe('DeepSeek-R1’s four stages and the models’ outputs');
  });

  it('opens and closes single and double quotes', () => {
    expect(smartQuotes(`the "aha moment" and 'wait' tokens`)).toBe('the “aha moment” and ‘wait’ tokens');
    expect(smartQuotes(`"Think" (or 'reason')`)).toBe('“Think” (or ‘reason’)');
  });

  it('leaves text without quotes alone', () => {
    expect(smartQuotes('GRPO: group-relative advantages')).toBe('GRPO: group-relative advantages');
  });
});

describe('parseThemeChoice', () => {
  it('keeps the three known choices', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('auto')).toBe('auto');
  });

  it('reads anything else as auto', () => {
    for (const stored of [null, undefined, '', 'Dark', 'blue', '{"theme":"dark"}']) expect(parseThemeChoice(stored)).toBe('auto');
  });

  it('follows the OS only on auto', () => {
    expect(isDark('auto', true)).toBe(true);
    expect(isDark('auto', false)).toBe(false);
    expect(isDark('light', true)).toBe(false);
    expect(isDark('dark', false)).toBe(true);
  });
});

describe('THEME_BOOT_SCRIPT', () => {
  /** Run the snippet against a fake page; `osTurns(dark)` then changes the OS setting as a reader's would. */
  function boot(stored: string | null, systemDark: boolean) {
    const dataset: Record<string, string> = {};
    const root = { dataset, classList: { replace: () => true } };
    const listeners: Array<() => void> = [];
    const system = { matches: systemDark, addEventListener: (_type: string, listener: () => void) => listeners.push(listener) };
    const run = new Function('document', 'localStorage', 'matchMedia', THEME_BOOT_SCRIPT);
    run({ documentElement: root }, { getItem: () => stored }, () => system);
    const osTurns = (dark: boolean) => {
      system.matches = dark;
      for (const listener of listeners) listener();
      return dataset;
    };
    return { dataset, osTurns };
  }

  it('applies a saved choice and follows the OS on auto', () => {
    expect(boot('dark', false).dataset).toEqual({ theme: 'dark', themeChoice: 'dark' });
    expect(boot('light', true).dataset).toEqual({ theme: 'light', themeChoice: 'light' });
    expect(boot(null, true).dataset).toEqual({ theme: 'dark', themeChoice: 'auto' });
  });

  it('reads an unknown stored value as auto', () => {
    expect(boot('purple', false).dataset).toEqual({ theme: 'light', themeChoice: 'auto' });
  });

  it('follows the OS as it changes while the choice is auto, and only then', () => {
    expect(boot(null, false).osTurns(true)).toEqual({ theme: 'dark', themeChoice: 'auto' });
    const chosen = boot('light', false);
    expect(chosen.osTurns(true)).toEqual({ theme: 'light', themeChoice: 'light' });
    // The reader picks auto later (the toggle sets the choice): the OS leads again.
    chosen.dataset.themeChoice = 'auto';
    expect(chosen.osTurns(false).theme).toBe('light');
    expect(chosen.osTurns(true).theme).toBe('dark');
  });
});
