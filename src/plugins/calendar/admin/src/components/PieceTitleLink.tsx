import { Flex, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import { pieceEditPath } from '../api';
import { LocaleBadge } from './LocaleBadge';

/** A piece's title linking to that language version in the Content Manager, with its language badge. */
export const PieceTitleLink = ({ documentId, locale, title }: { documentId: string; locale: string | null; title: string }) => (
  <Flex gap={2}>
    <LocaleBadge locale={locale} />
    <RouterLink to={pieceEditPath(documentId, locale)}>
      <Typography textColor="primary600" fontWeight="semiBold">
        {title}
      </Typography>
    </RouterLink>
  </Flex>
);
