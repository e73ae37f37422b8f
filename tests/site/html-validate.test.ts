/**
 * Every built page is valid HTML by html-validate's recommended rules, as configured in .htmlvalidate.mjs
 * (the rules turned off are named there with their reasons). One test per page, so a failure names the
 * page, and each problem is listed with its line, column and rule.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';

// The default loader finds .htmlvalidate.mjs by walking up from each file, as the CLI does.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

describe('html-validate over the build', () => {
  it.each(pages.map((p) => [p.path, p.file] as const))('%s', async (_path, file) => {
    const report = await validator.validateFile(file);
    const problems = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(problems).toEqual([]);
    expect(report.valid).toBe(true);
  });
});
