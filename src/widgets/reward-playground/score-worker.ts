/**
 * Scores long completions off the main thread for the reward playground's element: at the boxes' limit
 * (200,000 characters) one score takes 20–45 ms, more than a frame, so typing would stutter if the page
 * scored them itself. Messages: ScoreRequest in, ScoreReply out.
 */
import { scoreCompletion, type RewardReport, type TargetLanguage } from '~/lib/rewards';

export interface ScoreRequest {
  id: number;
  completion: string;
  reference: string;
  lang: TargetLanguage;
}

export type ScoreReply = { id: number; report: RewardReport } | { id: number; error: string };

// The worker's global scope, typed by what this file uses (the project compiles against the DOM library).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScoreRequest>) => void) | null;
  postMessage(reply: ScoreReply): void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, report: scoreCompletion(data.completion, data.reference, data.lang) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
