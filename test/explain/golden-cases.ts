/** The hand-written cases whose text is pinned in test/explain/golden/ (both languages). */
import { join } from 'node:path';
import { loadRound } from '../../src/scenario/load-round.ts';
import { diagnoseRound } from '../../src/explain/diagnose.ts';
import { explainPlan } from '../../src/explain/explain.ts';
import { whyNot } from '../../src/explain/why-not.ts';
import { renderDiagnosis, renderExplanation, renderWhyNot, roundLabels, type Lang } from '../../src/i18n/explain.ts';
import { solveRound } from '../../src/search/kbest.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

export const GOLDEN_CASES: Record<string, (lang: Lang) => Promise<string>> = {
  'diagnose-luc-nam': async (lang) => {
    const { round } = loadRound(fixture('luc-nam.yaml'));
    return renderDiagnosis(await diagnoseRound(round), lang, roundLabels(round));
  },
  'explain-luc-nam-open': async (lang) => {
    const { round } = loadRound(fixture('luc-nam-open.yaml'));
    const plan = (await solveRound(round)).plans[0]!;
    return renderExplanation(explainPlan(round, plan), lang, roundLabels(round), plan.rank);
  },
  'why-not-tenure': async (lang) => {
    const { round } = loadRound(fixture('luc-nam.yaml'));
    return renderWhyNot(await whyNot(round, 'C-12', 'P-LN-SEC'), lang, roundLabels(round));
  },
  'why-not-displaces': async (lang) => {
    const { round } = loadRound(fixture('luc-nam-open.yaml'));
    return renderWhyNot(await whyNot(round, 'C-40', 'P-LN-SEC'), lang, roundLabels(round));
  },
  'why-not-prevented': async (lang) => {
    const { round } = loadRound(fixture('luc-nam-stuck.yaml'));
    return renderWhyNot(await whyNot(round, 'C-05', 'P-HY-VICE'), lang, roundLabels(round));
  },
};
