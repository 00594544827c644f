import { Badge, Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { MissingTranslation } from '../../api';
import { LocaleBadge } from '../../components/LocaleBadge';
import { useLanguages } from '../../hooks/useLanguages';
import { formatInZone } from '../../utils/format-in-zone';
import { PieceTitleLink } from '../../components/PieceTitleLink';
import { getTranslation } from '../../utils/getTranslation';
import type { CreateTranslation } from './useCreateTranslation';

/** One piece that lacks a translation: its shown version, status, publish time, versions and the missing ones. */
export const MissingRow = ({ item, canPlan, creating }: { item: MissingTranslation; canPlan: boolean; creating: CreateTranslation }) => {
  const { formatMessage } = useIntl();
  const { nameOf } = useLanguages();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`translations.${id}`), defaultMessage }, values);

  return (
    <Tr data-piece={item.documentId} data-locale={item.locale}>
      <Td>
        <PieceTitleLink documentId={item.documentId} locale={item.locale} title={item.title} />
      </Td>
      <Td>
        <Flex gap={2} wrap="wrap">
          <Typography>
            {formatMessage({ id: getTranslation(`editorial.${item.editorialStatus}`), defaultMessage: item.editorialStatus })}
          </Typography>
          {item.published && (
            <Badge backgroundColor="success100" textColor="success700">
              {t('published', 'Published')}
            </Badge>
          )}
        </Flex>
      </Td>
      <Td>
        {item.publishAt ? (
          <Flex direction="column" alignItems="flex-start">
            <Typography>{formatInZone(item.publishAt, item.timeZone)}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {item.timeZone}
            </Typography>
          </Flex>
        ) : (
          <Typography textColor="neutral600">–</Typography>
        )}
      </Td>
      <Td>
        <Flex gap={1} wrap="wrap" data-testid="has-locales">
          {item.locales.map((code) => (
            <LocaleBadge key={code} locale={code} />
          ))}
        </Flex>
      </Td>
      <Td>
        <Flex gap={2} wrap="wrap" data-testid="missing-locales">
          {item.missing.map((code) => (
            <Flex key={code} gap={1} data-missing={code}>
              <LocaleBadge locale={code} missing />
              {canPlan && (
                <Button
                  size="S"
                  variant="secondary"
                  loading={creating.isBusy(item.documentId, code)}
                  aria-label={t('createIn', 'Create the translation: {language}', { language: nameOf(code) })}
                  onClick={() => void creating.create(item.documentId, code, item.locale)}
                  data-create-translation={code}
                >
                  {t('create', 'Create the translation')}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      </Td>
    </Tr>
  );
};
