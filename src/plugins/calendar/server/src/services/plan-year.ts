/** What the planning services share: the plan's zone, a year as an instant range, the channels. */
import type { Core } from '@strapi/strapi';
import type { ChannelKind } from '../../../core/enums';
import { startOfLocalDay } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { getConfig } from '../utils';

export interface ChannelRowData {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  kind: ChannelKind;
  platform: string | null;
  color: string | null;
  active: boolean | null;
}

export function planYear(strapi: Core.Strapi) {
  const zone = () => getConfig(strapi, 'defaultTimeZone');
  return {
    zone,
    /** The year's instants in the plan's zone, [1 Jan, next 1 Jan). */
    yearRange: (year: number) => ({ from: startOfLocalDay(`${year}-01-01`, zone()), to: startOfLocalDay(`${year + 1}-01-01`, zone()) }),
    channels: (): Promise<ChannelRowData[]> =>
      strapi.db
        .query(CONTENT_TYPES.channel)
        .findMany({ select: ['id', 'documentId', 'slug', 'name', 'kind', 'platform', 'color', 'active'], orderBy: [{ name: 'asc' }] }),
  };
}
