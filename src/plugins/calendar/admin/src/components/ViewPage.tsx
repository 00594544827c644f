import { Box, EmptyStateLayout } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { VIEWS, type ViewPath } from '../utils/views';
import { ViewNav } from './ViewNav';

/** The frame every calendar view shares: title, view tabs, then the view's own content. */
export const ViewPage = ({ view, children }: { view: ViewPath; children?: ReactNode }) => {
  const { formatMessage } = useIntl();
  const meta = VIEWS.find((v) => v.path === view)!;
  const title = formatMessage({ id: getTranslation(meta.labelId), defaultMessage: meta.defaultLabel });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Calendar' })}
      />
      <Layouts.Content>
        <Box paddingBottom={4}>
          <ViewNav active={view} />
        </Box>
        {children ?? (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <EmptyStateLayout
              content={formatMessage({ id: getTranslation('view.comingSoon'), defaultMessage: 'This view is being built.' })}
            />
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
