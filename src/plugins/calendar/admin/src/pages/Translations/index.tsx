import { Box, EmptyStateLayout, Flex, Table, Tbody, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useGetMissingTranslationsQuery } from '../../api';
import { LanguageSelect } from '../../components/LanguageSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TableHead } from '../../components/TableHead';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { MissingRow } from './MissingRow';
import { useCreateTranslation } from './useCreateTranslation';

const PLAN = [{ action: ACTIONS.plan, subject: null }];

/**
 * Translations missing: the published or approved pieces that lack a language every piece should
 * have (or the one in `?locale=`), each with its versions, and for planners a button per missing
 * language that creates the version and opens it in the Content Manager.
 */
export const TranslationsPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`translations.${id}`), defaultMessage });
  const params = useUrlParams();
  const locale = params.get('locale');
  const missing = useGetMissingTranslationsQuery(locale ? { locale } : undefined);
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const creating = useCreateTranslation();
  const items = missing.data?.items ?? [];

  return (
    <ViewPage view="translations" loading={missing.isLoading} error={missing.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={4} alignItems="flex-end" wrap="wrap">
          <Box width="260px">
            <LanguageSelect always allowAll value={locale} onChange={(v) => params.set({ locale: v })} />
          </Box>
          {missing.data && (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                { id: getTranslation('translations.required'), defaultMessage: 'Every published or approved piece should be in: {codes}' },
                { codes: missing.data.required.map((c) => c.toUpperCase()).join(', ') }
              )}
            </Typography>
          )}
        </Flex>
        <ProblemAlert problem={creating.problem} onClose={creating.clearProblem} testId="translation-problem" />
        {missing.data?.truncated && (
          <Typography textColor="warning600">
            {t('truncated', 'Only the first 500 pieces are shown: choose a language to narrow the list.')}
          </Typography>
        )}
        <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="translations-missing">
          {missing.data && items.length === 0 ? (
            <Box data-testid="translations-empty">
              <EmptyStateLayout content={t('empty', 'Every published or approved piece has its translations.')} />
            </Box>
          ) : (
            <Table colCount={5} rowCount={items.length + 1}>
              <TableHead
                labels={[
                  t('piece', 'Content'),
                  t('status', 'Status'),
                  t('publishAt', 'Publish time'),
                  t('locales', 'Language versions'),
                  t('missing', 'Missing'),
                ]}
              />
              <Tbody>
                {items.map((item) => (
                  <MissingRow key={item.documentId} item={item} canPlan={canPlan} creating={creating} />
                ))}
              </Tbody>
            </Table>
          )}
        </Box>
      </Flex>
    </ViewPage>
  );
};
