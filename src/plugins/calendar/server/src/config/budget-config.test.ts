import config from './index';

describe('the budget config', () => {
  it('defaults to EUR and accepts another ISO 4217 currency', () => {
    expect(config.default().budget).toEqual({ currency: 'EUR' });
    expect(() => config.validator({ ...config.default(), budget: { currency: 'SEK' } })).not.toThrow();
  });

  it.each(['eur', 'EURO', 'XYZ', ''])('refuses %p naming the option', (currency) => {
    expect(() => config.validator({ ...config.default(), budget: { currency } })).toThrow(
      'Invalid calendar plugin config: budget.currency must be an ISO 4217 currency code such as EUR'
    );
  });
});
