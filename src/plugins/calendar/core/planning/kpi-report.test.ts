import { validateGoal, validateKpiTargets, kpiResultsBody } from './kpi-input';
import { kpiReport } from './kpi-report';

describe('KPI report', () => {
  it('sums targets and results per metric and month with attainment in the metric direction', () => {
    const rows = kpiReport(
      2026,
      [
        { pieceDocumentId: 'a', metric: 'site-visits', period: '2026-03', value: 1000 },
        { pieceDocumentId: 'b', metric: 'site-visits', period: '2026-03', value: 500 },
        { pieceDocumentId: 'a', metric: 'cost-per-click', period: '2026-03', value: 0.5 },
        { pieceDocumentId: 'a', metric: 'site-visits', period: '2025-03', value: 999 },
      ],
      [
        { pieceDocumentId: 'a', metric: 'site-visits', period: '2026-03', value: 1200 },
        { pieceDocumentId: 'a', metric: 'cost-per-click', period: '2026-03', value: 0.4 },
        { pieceDocumentId: 'c', metric: 'nps', period: '2026-04', value: 40 },
      ]
    );
    expect(rows).toEqual([
      { metric: 'cost-per-click', stage: 'reach', month: 3, target: 0.5, result: 0.4, attainment: 1.25, pieces: 1 },
      { metric: 'nps', stage: 'engage', month: 4, target: null, result: 40, attainment: null, pieces: 1 },
      { metric: 'site-visits', stage: 'reach', month: 3, target: 1500, result: 1200, attainment: 1.2, pieces: 2 },
    ]);
  });

  it('averages rates instead of adding them, and judges attainment on measured pieces only', () => {
    const rows = kpiReport(
      2026,
      [
        { pieceDocumentId: 'a', metric: 'bounce-rate', period: '2026-05', value: 40 },
        { pieceDocumentId: 'b', metric: 'bounce-rate', period: '2026-05', value: 40 },
        { pieceDocumentId: 'a', metric: 'email-open-rate', period: '2026-05', value: 30 },
        { pieceDocumentId: 'b', metric: 'email-open-rate', period: '2026-05', value: 30 },
      ],
      [
        { pieceDocumentId: 'a', metric: 'bounce-rate', period: '2026-05', value: 35 },
        { pieceDocumentId: 'a', metric: 'email-open-rate', period: '2026-05', value: 33 },
      ]
    );
    expect(rows.map((r) => [r.metric, r.target, r.result, r.attainment])).toEqual([
      ['bounce-rate', 40, 35, 40 / 35],
      ['email-open-rate', 30, 33, 1.1],
    ]);
  });
});

describe('KPI input', () => {
  it('accepts catalogue targets and names the bad item', () => {
    expect(validateKpiTargets([{ metric: 'site-visits', value: 100, period: '2026-03' }])).toEqual([]);
    expect(validateKpiTargets(null)).toEqual([]);
    const [error] = validateKpiTargets([
      { metric: 'site-visits', value: 1 },
      { metric: 'likes', value: 2 },
    ]);
    expect(error.path).toEqual(['kpiTargets']);
    expect(error.message).toMatch(/^kpiTargets \(item 1\.metric\): metric must be one of/);
    expect(validateKpiTargets([{ metric: 'site-visits', value: 1, period: '2026-13' }])[0].message).toMatch(/YYYY-MM/);
  });

  it('accepts one result or a batch, and refuses unknown fields', () => {
    const one = { piece: 'abcdefghij1234567890abcd', metric: 'deals', period: '2026-05', value: 3 };
    expect(kpiResultsBody.safeParse(one).success).toBe(true);
    expect(kpiResultsBody.safeParse({ results: [one, { ...one, period: '2026-06' }] }).success).toBe(true);
    expect(kpiResultsBody.safeParse({ ...one, extra: 1 }).success).toBe(false);
    expect(kpiResultsBody.safeParse({ results: [] }).success).toBe(false);
  });

  it('checks a goal metric and numbers', () => {
    expect(validateGoal({ metric: 'nps', target: 50 })).toEqual([]);
    expect(validateGoal({ metric: 'happiness', target: 'lots' }).map((e) => e.path[0])).toEqual(['metric', 'target']);
  });
});
