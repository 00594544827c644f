import { Box, EmptyStateLayout } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { LanguagesContext, useLanguages } from '../hooks/useLanguages';
import { useProblemOf } from '../hooks/useProblemOf';
import { getTranslation } from '../utils/getTranslation';
import { VIEWS, type ViewPath } from '../utils/views';
import { ProblemAlert } from './ProblemAlert';
import { ViewNav } from './ViewNav';

/**
 * The frame every calendar view shares: title, view tabs, then the view's own content. While the
 * view's first data loads, Strapi's page loader; a failed load, in the server's words, above the content.
 */
export const ViewPage = ({
  view,
  loading,
  error,
  children,
}: {
  view: ViewPath;
  loading?: boolean;
  error?: unknown;
  children?: ReactNode;
}) => {
  const { formatMessage } = useIntl();
  const problemOf = useProblemOf();
  const languages = useLanguages();
  const meta = VIEWS.find((v) => v.path === view)!;
  const title = formatMessage({ id: getTranslation(meta.labelId), defaultMessage: meta.defaultLabel });
  if (loading) return <Page.Loading />;
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Calendar' })} />
      <Layouts.Content>
        <Box paddingBottom={4}>
          <ViewNav active={view} />
        </Box>
        {error !== undefined && error !== null && (
          <Box paddingBottom={4}>
            <ProblemAlert problem={problemOf(error)} kind="load" testId="load-error" />
          </Box>
        )}
        <LanguagesContext.Provider value={languages}>
          {children ?? (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <EmptyStateLayout
                content={formatMessage({ id: getTranslation('view.comingSoon'), defaultMessage: 'This view is being built.' })}
              />
            </Box>
          )}
        </LanguagesContext.Provider>
      </Layouts.Content>
    </Page.Main>
  );
};
