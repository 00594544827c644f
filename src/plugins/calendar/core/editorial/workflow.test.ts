import { allowedTargets, approvalProblems, checkTransition, isEditorialStatus, nextStatus } from './workflow';

describe('editorial workflow', () => {
  it('allows forward moves, skipping steps, except into approved', () => {
    expect(checkTransition('idea', 'planned')).toEqual({ ok: true });
    expect(checkTransition('idea', 'in-progress')).toEqual({ ok: true });
    expect(checkTransition('planned', 'in-review')).toEqual({ ok: true });
    expect(checkTransition('in-review', 'approved')).toEqual({ ok: true });
    const skip = checkTransition('in-progress', 'approved');
    expect(skip.ok).toBe(false);
    expect(!skip.ok && skip.message).toMatch(/^editorialStatus .* from in-review/);
    expect(checkTransition('idea', 'approved').ok).toBe(false);
  });

  it('allows every backward move and staying put', () => {
    expect(checkTransition('approved', 'idea')).toEqual({ ok: true });
    expect(checkTransition('in-review', 'in-progress')).toEqual({ ok: true });
    expect(checkTransition('planned', 'planned')).toEqual({ ok: true });
  });

  it('lists the targets a piece may move to, in order', () => {
    expect(allowedTargets('idea')).toEqual(['planned', 'in-progress', 'in-review']);
    expect(allowedTargets('in-review')).toEqual(['idea', 'planned', 'in-progress', 'approved']);
    expect(allowedTargets('approved')).toEqual(['idea', 'planned', 'in-progress', 'in-review']);
  });

  it('knows the next step', () => {
    expect(nextStatus('idea')).toBe('planned');
    expect(nextStatus('in-review')).toBe('approved');
    expect(nextStatus('approved')).toBeNull();
  });

  it('recognises statuses', () => {
    expect(isEditorialStatus('in-review')).toBe(true);
    expect(isEditorialStatus('done')).toBe(false);
    expect(isEditorialStatus(undefined)).toBe(false);
  });

  it('refuses approval without a publish time, stage or goal, naming each field', () => {
    expect(
      approvalProblems({ editorialStatus: 'approved', publishAt: null, funnelStage: 'reach', contentGoal: '' }).map((p) => p.path[0])
    ).toEqual(['publishAt', 'contentGoal']);
    expect(
      approvalProblems({ editorialStatus: 'approved', publishAt: '2026-05-01T06:00:00Z', funnelStage: 'reach', contentGoal: 'sell' })
    ).toEqual([]);
    expect(approvalProblems({ editorialStatus: 'in-review', publishAt: null })).toEqual([]);
  });
});
