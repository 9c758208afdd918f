// `--set PATH=V1,V2,...`: paths resolved on the loaded scenario and the schema, values read
// as the schema's type there, every mistake a one-line InputError naming the option.
import { describe, expect, it } from 'vitest';
import { resolveSetOption, setAt, splitSetOption } from '../../src/compare/set-option.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { HANDMADE } from './handmade.ts';

const scenario = parseScenario({
  ...structuredClone(HANDMADE),
  policy: { ...HANDMADE.policy, quotas: [{ group: 'female', minShare: 0.2 }] },
}).scenario;

const message = (text: string) => {
  try {
    resolveSetOption(text, scenario);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error(`--set ${text} was accepted`);
};

describe('--set parsing', () => {
  it('reads whole numbers, numbers, booleans, enum words and none by the schema type', () => {
    expect(resolveSetOption('policy.stability.maxOutPerUnit=1,2,3', scenario)).toMatchObject({
      pathText: 'policy.stability.maxOutPerUnit',
      path: ['policy', 'stability', 'maxOutPerUnit'],
      values: [1, 2, 3],
    });
    expect(resolveSetOption('policy.quotas[0].minShare=0.2, 0.35', scenario).values).toEqual([0.2, 0.35]);
    expect(resolveSetOption('policy.consent.origin=hard,soft,ignore', scenario).values).toEqual(['hard', 'soft', 'ignore']);
    expect(resolveSetOption('policy.requirePlanning=true,false', scenario).values).toEqual([true, false]);
    expect(resolveSetOption('policy.maxMoves=none,2', scenario).values).toEqual([null, 2]);
    expect(resolveSetOption('policy.weights.move=-1.5,4e0', scenario).values).toEqual([-1.5, 4]);
  });

  it('picks list entries by index or by id', () => {
    expect(resolveSetOption('cadres[c3].available=false', scenario).path).toEqual(['cadres', 2, 'available']);
    expect(resolveSetOption('positions[4].mustFill=false', scenario).path).toEqual(['positions', 4, 'mustFill']);
  });

  it('says when a value has the wrong type', () => {
    expect(message('policy.stability.maxOutPerUnit=abc')).toBe('--set policy.stability.maxOutPerUnit=abc: expected a whole number');
    expect(message('policy.stability.maxOutPerUnit=1,2.5')).toBe('--set policy.stability.maxOutPerUnit=1,2.5: value "2.5": expected a whole number');
    expect(message('policy.quotas[0].minShare=lots')).toBe('--set policy.quotas[0].minShare=lots: expected a number');
    expect(message('policy.quotas[0].minShare=1.5')).toBe('--set policy.quotas[0].minShare=1.5: must be between 0 and 1');
    expect(message('policy.consent.origin=maybe')).toBe('--set policy.consent.origin=maybe: expected one of hard, soft, ignore');
    expect(message('policy.requirePlanning=yes')).toBe('--set policy.requirePlanning=yes: expected true or false');
    expect(message('policy.stability.maxInPerUnit=-1')).toBe('--set policy.stability.maxInPerUnit=-1: must not be negative');
    expect(message('policy.youngAge=none')).toBe('--set policy.youngAge=none: expected a whole number');
  });

  it('says when the path is unknown', () => {
    expect(message('policy.stabilty.maxOutPerUnit=1')).toMatch(/^--set policy\.stabilty\.maxOutPerUnit=1: unknown path: policy\.stabilty \(the fields of policy are (allowSideways, )?consent, /);
    expect(message('policy.quotas[1].minShare=0.2')).toBe('--set policy.quotas[1].minShare=0.2: unknown path: policy.quotas has 1 entry, so no [1]');
    expect(message('cadres[c9].available=true')).toBe('--set cadres[c9].available=true: unknown path: cadres has no entry with id "c9"');
    expect(message('policy.maxMoves.x=1')).toMatch(/unknown path: policy\.maxMoves is a number, it has no field "x"/);
    expect(message('policy.stability=1')).toMatch(/policy\.stability is an object: name one of its fields/);
    expect(message('policy.quotas=1')).toMatch(/policy\.quotas is a list/);
  });

  it('says when the option is malformed', () => {
    for (const text of ['policy.maxMoves', '=1', 'policy.maxMoves=', 'policy..maxMoves=1', 'policy.maxMoves=1,,2', 'policy.[0]=1', 'policy.quotas[]=1', '.policy=1']) {
      expect(() => splitSetOption(text), text).toThrow(InputError);
      expect(message(text)).toMatch(new RegExp(`^--set ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    }
  });

  it('sets a value on a copy, leaving the scenario as it was', () => {
    const changed = setAt(scenario, ['policy', 'stability', 'maxOutPerUnit'], 7);
    expect(changed.policy.stability.maxOutPerUnit).toBe(7);
    expect(scenario.policy.stability.maxOutPerUnit).toBe(2);
    expect(changed.policy.stability.maxInPerUnit).toBe(scenario.policy.stability.maxInPerUnit);
  });

  it('re-parses a loaded scenario to itself (what sweeps rely on)', () => {
    expect(parseScenario(structuredClone(scenario)).scenario).toEqual(scenario);
  });
});
