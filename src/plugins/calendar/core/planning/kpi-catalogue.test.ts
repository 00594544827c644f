import { FUNNEL_STAGES } from '../enums';
import { KPI_METRICS, KPI_METRIC_KEYS, KPI_UNITS, isKpiMetric, kpiAttainment, kpiMetric, metricsForStage } from './kpi-catalogue';

describe('KPI catalogue', () => {
  it('has unique, kebab-case keys, listed in KPI_METRIC_KEYS', () => {
    const keys = KPI_METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(KPI_METRIC_KEYS).toEqual(keys);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has at least four metrics at every stage, grouped in RACE order', () => {
    for (const stage of FUNNEL_STAGES) expect(metricsForStage(stage).length).toBeGreaterThanOrEqual(4);
    const stageOrder = KPI_METRICS.map((m) => FUNNEL_STAGES.indexOf(m.stage));
    expect(stageOrder).toEqual([...stageOrder].sort((a, b) => a - b));
  });

  it('labels every metric in both languages, with a known unit and direction', () => {
    for (const m of KPI_METRICS) {
      expect(m.label.fi.trim()).not.toBe('');
      expect(m.label.en.trim()).not.toBe('');
      expect(KPI_UNITS).toContain(m.unit);
      expect(['higher', 'lower']).toContain(m.better);
    }
  });

  it('places the plan’s metrics at their stages, with the teams’ Finnish words', () => {
    expect(kpiMetric('site-visits')).toMatchObject({ stage: 'reach', unit: 'count', label: { fi: 'Verkkosivuston vierailujen määrä' } });
    expect(kpiMetric('newsletter-signups')).toMatchObject({ stage: 'act', label: { fi: 'Uutiskirjeiden tilausmäärä' } });
    expect(kpiMetric('roas')).toMatchObject({ stage: 'convert', unit: 'ratio', label: { fi: 'Mainontaan sijoitetun pääoman tuotto' } });
    expect(kpiMetric('email-open-rate')).toMatchObject({ stage: 'engage', unit: 'percent', label: { fi: 'Sähköpostien avausprosentti' } });
    // Further metrics teams track
    expect(kpiMetric('conversion-rate')).toMatchObject({ stage: 'convert', label: { fi: 'Konversioaste' } });
    expect(kpiMetric('average-order-value')).toMatchObject({ stage: 'convert', unit: 'currency', better: 'higher' });
    expect(kpiMetric('nps')).toMatchObject({ stage: 'engage', unit: 'score', better: 'higher' });
    expect(kpiMetric('traffic-sources')?.stage).toBe('reach');
  });

  it('says lower is better for costs, bounce rate and search position', () => {
    for (const m of KPI_METRICS.filter((m) => m.key.startsWith('cost-') || m.key === 'cpm')) expect(m.better).toBe('lower');
    expect(['cost-per-click', 'cpm', 'cost-per-lead'].map((k) => kpiMetric(k)?.better)).toEqual(['lower', 'lower', 'lower']);
    expect(kpiMetric('bounce-rate')?.better).toBe('lower');
    expect(kpiMetric('search-ranking')).toMatchObject({ unit: 'position', better: 'lower' });
    // A currency that is earned, not spent, is better higher.
    expect(kpiMetric('average-order-value')?.better).toBe('higher');
  });

  it('looks metrics up by key', () => {
    expect(kpiMetric('cost-per-click')?.key).toBe('cost-per-click');
    expect(kpiMetric('no-such-metric')).toBeUndefined();
    expect(isKpiMetric('nps')).toBe(true);
    expect(isKpiMetric('NPS')).toBe(false);
    expect(isKpiMetric('')).toBe(false);
    expect(isKpiMetric(undefined)).toBe(false);
    expect(metricsForStage('engage').every((m) => m.stage === 'engage')).toBe(true);
  });
});

describe('kpiAttainment', () => {
  it('is result / target when higher is better', () => {
    expect(kpiAttainment('site-visits', 1000, 1250)).toBe(1.25);
    expect(kpiAttainment(kpiMetric('newsletter-signups')!, 200, 50)).toBe(0.25);
    expect(kpiAttainment('deals', 10, 0)).toBe(0);
  });

  it('is target / result when lower is better', () => {
    expect(kpiAttainment('cost-per-click', 1, 0.5)).toBe(2);
    expect(kpiAttainment('cost-per-lead', 20, 40)).toBe(0.5);
    expect(kpiAttainment('search-ranking', 3, 3)).toBe(1);
  });

  it('is null when it cannot be computed', () => {
    expect(kpiAttainment('site-visits', 0, 100)).toBeNull();
    expect(kpiAttainment('cost-per-click', 0, 1)).toBeNull();
    expect(kpiAttainment('cost-per-click', 1, 0)).toBeNull();
    expect(kpiAttainment('cost-per-click', 1, -2)).toBeNull();
    expect(kpiAttainment('site-visits', -10, 5)).toBeNull();
    expect(kpiAttainment('site-visits', 100, null)).toBeNull();
    expect(kpiAttainment('site-visits', undefined, 100)).toBeNull();
    expect(kpiAttainment('site-visits', 100, Number.NaN)).toBeNull();
    expect(kpiAttainment('site-visits', Number.POSITIVE_INFINITY, 100)).toBeNull();
    expect(kpiAttainment('nope' as never, 1, 1)).toBeNull();
  });

  it('lets a negative NPS give a negative ratio', () => {
    expect(kpiAttainment('nps', 20, -10)).toBe(-0.5);
  });
});
