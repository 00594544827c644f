import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useGetReferenceQuery, useGetShareLinksQuery, type CreatedShareLink } from '../../api';
import { CopyField, SecretUrlBox } from '../../components/SecretUrlBox';
import { ViewPage } from '../../components/ViewPage';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { CreateShareLinkModal } from './CreateShareLinkModal';
import { ShareLinkTable } from './ShareLinkTable';

const t = (id: string) => getTranslation(`shareLinks.${id}`);
const PLAN = [{ action: ACTIONS.plan, subject: null }];

/** Share links: read-only year wheel and month pages for people without a login, and iframes for an intranet. */
export const ShareLinksPage = () => {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const reference = useGetReferenceQuery();
  const links = useGetShareLinksQuery();
  const [creating, setCreating] = useState(false);
  // The secret address is in the create answer only: it is shown once, until revoked or replaced.
  const [created, setCreated] = useState<CreatedShareLink>();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });

  return (
    <ViewPage view="share-links" loading={links.isLoading} error={links.error}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Flex justifyContent="space-between" gap={4} wrap="wrap">
          <Typography textColor="neutral600">
            {label(
              'intro',
              'A share link opens the year wheel and the month view for people outside the admin: stakeholders, clients, the board.'
            )}
          </Typography>
          {canPlan && (
            <Button startIcon={<Plus />} onClick={() => setCreating(true)} data-testid="share-link-new">
              {label('new', 'New share link')}
            </Button>
          )}
        </Flex>
        <CreateShareLinkModal
          open={creating}
          reference={reference.data}
          onClose={() => setCreating(false)}
          onCreated={(link) => {
            setCreated(link);
            setCreating(false);
          }}
        />
        {created && (
          <SecretUrlBox title={label('createdTitle', 'Your new share link — copy it now, it is shown only once')} testId="new-share-link">
            <CopyField label={label('address', 'Link address')} value={created.url} testId="share-link-url" />
            <CopyField label={label('embed', 'Embed code (iframe)')} value={created.embed} testId="share-link-embed" />
            <Typography variant="pi" textColor="neutral600">
              {label('embedHint', 'The embed works on the intranet sites your administrator has allowed (CALENDAR_SHARE_FRAME_ANCESTORS).')}{' '}
              <Link href={created.url} isExternal>
                {label('open', 'Open the page')}
              </Link>
            </Typography>
          </SecretUrlBox>
        )}
        <ShareLinkTable
          links={links.data}
          reference={reference.data}
          canPlan={canPlan}
          onGone={(id) => created?.id === id && setCreated(undefined)}
        />
      </Flex>
    </ViewPage>
  );
};
