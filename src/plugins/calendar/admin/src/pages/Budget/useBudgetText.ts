import { useIntl } from 'react-intl';
import { formatAmount } from '../../../../core/money/money';
import { getTranslation } from '../../utils/getTranslation';

/** The budget page's words and amounts: `1 234,50 €` for a Finnish admin, `€1,234.50` in English. */
export function useBudgetText(currency: string) {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`budget.${id}`), defaultMessage: fallback }, values);
  const money = (cents: number) => formatAmount(cents, currency, locale);
  const percent = (use: number | null) => (use === null ? '–' : formatNumber(use, { style: 'percent', maximumFractionDigits: 0 }));
  return { t, money, percent, locale };
}
