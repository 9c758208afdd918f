// explain, why-not and diagnose on version 2 rounds (contract 7 and 8): P6 and K are relaxable
// in a diagnosis with their sentences; why-not's blockedBy names E1–E4 only (P6 and K are plan
// rules); a move's kind and titles by their catalogue names in every explanation; the
// committee's words in Vietnamese.
import { describe, expect, it } from 'vitest';
import { explainPlan } from '../../src/explain/explain.ts';
import { diagnoseRound } from '../../src/explain/diagnose.ts';
import { whyNot } from '../../src/explain/why-not.ts';
import { renderDiagnosis, renderExplanation, renderWhyNot, roundLabels } from '../../src/i18n/explain.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { base2 } from '../rules/cases.ts';
import { roundOf } from '../property/arbitraries.ts';

describe('diagnose: P6 and K are relaxable, with their sentences', () => {
  it('two must-move key holders of one unit, one key change allowed: K and both P6 conflict; each lift is checked', async () => {
    // U1 holds two key posts (P1 by C1, P3 by C3); both must move; V3 and V4 (U3) take them.
    const input = base2({
      keyT: true,
      c1: { mustMove: true },
      posts: [{ id: 'P3', unit: 'U1', title: 'T', holder: 'C3' }, { id: 'V4', unit: 'U2', title: 'T' }],
      more: {},
    });
    input.cadres.push({ id: 'C3', name: 'Lê Văn Ba', gender: 'male', born: '1985-01-01', position: 'P3', since: '2020-01-01', planning: ['T'], mustMove: true });
    const round = roundOf({ ...input, policy: { stability: { maxInPerUnit: 2, maxOutPerUnit: 2, maxOutShare: 1 } } });
    const diagnosis = await diagnoseRound(round, { solver: 'highs' });
    expect(diagnosis.feasible).toBe(false);
    expect(diagnosis.conflicts.map((c) => c.id).sort()).toEqual(['key_changes(U1)', 'must_move(C1)', 'must_move(C3)']);
    const k = diagnosis.conflicts.find((c) => c.rule === 'K')!;
    expect(k.data).toEqual({ kind: 'key-changes', unit: 'U1', cap: 1 });
    expect(k.units).toEqual(['U1']);
    const kinds = diagnosis.relaxations.map((r) => r.changes.map((change) => change.kind === 'policy' ? change.path : change.kind).join('+')).sort();
    expect(kinds).toEqual(['drop-must-move', 'drop-must-move', 'stability.maxKeyChangesPerUnit']);
    const vi = renderDiagnosis(diagnosis, 'vi', roundLabels(round));
    expect(vi).toContain('chỉ được thay đổi tối đa 1 vị trí chủ chốt trong một đợt');
    expect(vi).toContain('Lê Văn Ba (C3) thuộc diện phải luân chuyển trong đợt này');
    expect(vi).toContain('tăng số chức danh chủ chốt thay đổi tối đa mỗi đơn vị từ 1 lên 2');
    expect(vi).toContain('không bắt buộc Lê Văn Ba (C3) phải luân chuyển trong đợt này');
    expect(vi).not.toMatch(/policy\.|điều động|mustMove/);
    const en = renderDiagnosis(diagnosis, 'en', roundLabels(round));
    expect(en).toContain('may change at most 1 key leader(s) in one round');
    expect(en).toContain('must move this round');
  });
});

describe('why-not on version 2 rules', () => {
  it('blockedBy names E1–E4 only: the rotation term is E2, a post held through alsoHolds E1', async () => {
    const round = roundOf(base2({ c1: { rotated: true, since: '2026-01-01', alsoHolds: ['H2'] }, posts: [{ id: 'H2', unit: 'U2', title: 'T', holder: 'C1' }] }));
    const term = await whyNot(round, 'C1', 'V3', { solver: 'jslp' });
    expect(term.blockedBy).toEqual(['E2']);
    expect(term.reasons.map((r) => r.violation.kind)).toEqual(['rotation-term']);
    const held = await whyNot(round, 'C1', 'H2', { solver: 'jslp' });
    expect(held.blockedBy).toEqual(['E1', 'E2']);
    const vi = renderWhyNot(term, 'vi', roundLabels(round));
    expect(vi).toContain('Không đủ điều kiện: tiêu chuẩn, điều kiện luân chuyển (E2).');
    expect(vi).toContain('đang trong thời gian luân chuyển: mới 12 tháng, chưa đủ 36 tháng');
  });
  it('a must-move cadre or a key-change cap never appears in blockedBy (plan rules)', async () => {
    const round = roundOf(base2({ keyT: true, c2: { mustMove: true }, posts: [{ id: 'V4', unit: 'U3', title: 'T' }] }));
    // C2 must move; C1 → V3 and C2 → V4 would change two key posts of U3 (cap 1): C2 must take P1 or V3.
    const answer = await whyNot(round, 'C1', 'V3', { solver: 'jslp' });
    expect(answer.eligible).toBe(true);
    expect(answer.blockedBy).toEqual([]);
    expect(answer.bestWith).not.toBeNull();
  });
});

describe('explain speaks version 2', () => {
  it('every move shows its kind and titles by name; Vietnamese in the committee words', async () => {
    const round = roundOf(base2({ c1: { planning: ['H'], goals: ['g', 'h'], ratings: [{ year: 2026, rating: 'excellent' }], rating: null }, posts: [{ id: 'V5', unit: 'U3', title: 'H', offers: ['g', 'h'] }] }));
    const plan = (await solveRound(round, { solver: 'jslp' })).plans[0]!;
    const expl = explainPlan(round, plan);
    const move = expl.moves.find((m) => m.move.cadre === 'C1')!;
    expect(move.move.to).toBe('V5');
    expect(move.kind).toBe('up');
    expect(move.score.terms.merit).toBe(4);
    const vi = renderExplanation(expl, 'vi', roundLabels(round));
    expect(vi).toContain('Giám đốc (V5)');
    expect(vi).toContain('[cao hơn]');
    expect(vi).toContain('xếp loại gần nhất "Hoàn thành xuất sắc nhiệm vụ" (+4)');
    expect(vi).toContain('tổng điểm');
    expect(vi).not.toMatch(/điều động|\bpin\b/);
  });

  it('a unit at its key-change cap is a rule that binds (K), in both languages', () => {
    const round = roundOf(base2({ keyT: true }));
    const expl = explainPlan(round, { moves: [{ cadre: 'C1', from: 'P1', to: 'V3' }] });
    expect(expl.binding.filter((b) => b.rule === 'K')).toEqual([
      { rule: 'K', kind: 'key-cap-reached', unit: 'U1', count: 1, cap: 1 },
      { rule: 'K', kind: 'key-cap-reached', unit: 'U3', count: 1, cap: 1 },
    ]);
    expect(renderExplanation(expl, 'vi', roundLabels(round))).toContain('đã thay đổi 1/1 vị trí chủ chốt trong đợt');
    expect(renderExplanation(expl, 'en', roundLabels(round))).toContain('changes 1 of at most 1 key leaders this round');
  });
});
