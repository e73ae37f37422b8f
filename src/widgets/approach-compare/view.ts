/**
 * Everything the approach comparison shows, from its state: the scenario in words, the verdict of each
 * approach with its reason and cited examples (as HtmlNode trees), a one-line summary, the sentence for
 * screen readers, and the decision table. Used by ApproachCompare.astro at build time and by element.ts.
 */
import type { StateOf } from '../kit/schema';
import { citeLabel, EVIDENCE, type EvidenceId } from './evidence';
import {
  APPROACHES,
  bestVerdictWith,
  fitAll,
  VERDICTS,
  type ApproachId,
  type Fit,
  type Situation,
  type Verdict,
} from './fit';
import type { HtmlNode } from './html';
import { ANSWER_LABELS, approachCompare, QUESTIONS } from './schema';

export type ApproachCompareState = StateOf<typeof approachCompare.fields>;

/** Source key → title, for the citations' tooltips (src/data/sources.ts at build time; the page in the browser). */
export type SourceTitles = Readonly<Record<string, string>>;

/** Each approach's name and the chapter section that says when to use it. */
export const APPROACH_INFO: Record<ApproachId, { name: string; href: string }> = {
  'inference-time-scaling': { name: 'Inference-time scaling', href: '/approaches/inference-time-scaling/#when-to-use-inference-time-scaling' },
  'pure-rl': { name: 'Pure RL', href: '/approaches/pure-rl/#when-to-use-pure-rl' },
  'sft-plus-rl': { name: 'SFT + RL', href: '/approaches/sft-plus-rl/#when-to-use-sft--rl' },
  distillation: { name: 'Pure SFT / distillation', href: '/approaches/distillation/#when-distillation-pays' },
};

export const VERDICT_TEXT: Record<Verdict, { mark: string; text: string }> = {
  fits: { mark: '✓', text: 'Fits' },
  partly: { mark: '◐', text: 'Partly' },
  no: { mark: '✗', text: 'Doesn’t fit' },
};

/** The answers as a phrase: "a few hundred dollars for training, answers a rule can check, …". */
const PHRASES = {
  budget: {
    none: 'no budget for training',
    hundreds: 'a few hundred dollars for training',
    thousands: 'thousands of dollars for training',
    millions: 'millions of dollars of GPU time',
  },
  check: { rules: 'answers a rule can check', judge: 'only a learned judge to check answers', none: 'nothing that checks answers' },
  teacher: { yes: 'a strong teacher model', no: 'no teacher model' },
  latency: { relaxed: 'room for longer answers', tight: 'answers that must stay fast' },
} as const;

export interface ApproachCompareView {
  situation: Situation;
  fits: Fit[];
  /** "With a few hundred dollars for training, answers a rule can check, … :" */
  scenario: string;
  /** "Fits: … Partly: … Doesn't fit: …" */
  summary: string;
  /** Shown when answers must stay fast: the trained approaches answer at length too. */
  caveat: string;
  rows: HtmlNode[];
  sentence: string;
}

/** The state as a situation (the schema only admits the values fit.ts knows). */
export function situationOf(state: ApproachCompareState): Situation {
  return state as unknown as Situation;
}

export function scenarioText(situation: Situation): string {
  const { budget, check, teacher, latency } = situation;
  return `With ${PHRASES.budget[budget]}, ${PHRASES.check[check]}, ${PHRASES.teacher[teacher]} and ${PHRASES.latency[latency]}:`;
}

function namesWith(fits: readonly Fit[], verdict: Verdict): string {
  return fits
    .filter((fit) => fit.verdict === verdict)
    .map((fit) => APPROACH_INFO[fit.approach].name)
    .join(', ');
}

export function summaryText(fits: readonly Fit[]): string {
  return VERDICTS.map((verdict) => [verdict, namesWith(fits, verdict)] as const)
    .filter(([, names]) => names)
    .map(([verdict, names]) => `${VERDICT_TEXT[verdict].text}: ${names}.`)
    .join(' ');
}

function citation(id: EvidenceId, titles: SourceTitles): HtmlNode {
  const { cite } = EVIDENCE[id];
  const title = titles[cite.source];
  return {
    tag: 'a',
    attrs: {
      class: 'approach-compare-cite',
      href: `/reference/bibliography/#ref-${cite.source}`,
      ...(title ? { title: cite.loc ? `${title}, ${cite.loc}` : title } : {}),
    },
    children: [`[${citeLabel(cite)}]`],
  };
}

function row(fit: Fit, titles: SourceTitles): HtmlNode {
  const info = APPROACH_INFO[fit.approach];
  const verdict = VERDICT_TEXT[fit.verdict];
  return {
    tag: 'li',
    attrs: { class: `approach-compare-row approach-compare-${fit.verdict}`, 'data-approach': fit.approach, 'data-verdict': fit.verdict },
    children: [
      {
        // Name, verdict and reason run as one paragraph, so a row takes two or three lines.
        tag: 'p',
        attrs: { class: 'approach-compare-reason' },
        children: [
          { tag: 'a', attrs: { class: 'approach-compare-name', href: info.href }, children: [info.name] },
          ' ',
          {
            tag: 'strong',
            attrs: { class: 'approach-compare-verdict' },
            children: [{ tag: 'span', attrs: { 'aria-hidden': 'true' }, children: [verdict.mark] }, ` ${verdict.text}`],
          },
          { tag: 'span', attrs: { class: 'sr-only' }, children: ['.'] },
          ` ${fit.reason}`,
        ],
      },
      {
        tag: 'ul',
        attrs: { class: 'approach-compare-evidence' },
        children: fit.evidence.map((id): HtmlNode => ({ tag: 'li', children: [`${EVIDENCE[id].text} `, citation(id, titles)] })),
      },
    ],
  };
}

export function approachCompareView(state: ApproachCompareState, titles: SourceTitles = {}): ApproachCompareView {
  const situation = situationOf(state);
  const fits = fitAll(situation);
  const scenario = scenarioText(situation);
  const summary = summaryText(fits);
  const caveat =
    situation.latency === 'tight'
      ? 'Trained reasoning models answer at length too; distilling makes tokens cheaper, not fewer.'
      : '';
  return {
    situation,
    fits,
    scenario,
    summary,
    caveat,
    rows: fits.map((fit) => row(fit, titles)),
    sentence: `${scenario} ${summary}`,
  };
}

/** One cell of the decision table: the answers to one question grouped by the best verdict they allow. */
export function decisionCell<K extends keyof Situation>(approach: ApproachId, field: K): { verdict: Verdict; answers: string[] }[] {
  const values: readonly string[] = approachCompare.fields[field].values;
  const labels: Readonly<Record<string, string>> = ANSWER_LABELS[field];
  return VERDICTS.map((verdict) => ({
    verdict,
    answers: values.filter((value) => bestVerdictWith(approach, field, value as Situation[K]) === verdict).map((value) => labels[value]!),
  })).filter((group) => group.answers.length > 0);
}

const FIELDS = ['budget', 'check', 'teacher', 'latency'] as const;

/**
 * The decision table: one row per approach, one column per question; each cell says which answers still
 * let the approach fit, fit partly, or not at all. It does not depend on the state, so only the build
 * renders it.
 */
export function decisionTable(): HtmlNode {
  const header: HtmlNode = {
    tag: 'tr',
    children: [
      { tag: 'th', attrs: { scope: 'col' }, children: ['Approach'] },
      ...FIELDS.map((field): HtmlNode => ({ tag: 'th', attrs: { scope: 'col' }, children: [QUESTIONS[field]] })),
    ],
  };
  const rows = APPROACHES.map(
    (approach): HtmlNode => ({
      tag: 'tr',
      children: [
        { tag: 'th', attrs: { scope: 'row' }, children: [{ tag: 'a', attrs: { href: APPROACH_INFO[approach].href }, children: [APPROACH_INFO[approach].name] }] },
        ...FIELDS.map(
          (field): HtmlNode => ({
            tag: 'td',
            children: decisionCell(approach, field).map(
              (group, _, groups): HtmlNode => ({
                tag: 'span',
                attrs: { class: `approach-compare-cell approach-compare-${group.verdict}` },
                children: [
                  { tag: 'strong', children: [`${VERDICT_TEXT[group.verdict].text}:`] },
                  groups.length === 1 ? ' any answer' : ` ${group.answers.join(', ')}`,
                ],
              }),
            ),
          }),
        ),
      ],
    }),
  );
  return {
    tag: 'table',
    attrs: { class: 'widget-table approach-compare-table' },
    children: [
      {
        tag: 'caption',
        children: ['What each answer allows, approach by approach'],
      },
      { tag: 'thead', children: [header] },
      { tag: 'tbody', children: rows },
    ],
  };
}
