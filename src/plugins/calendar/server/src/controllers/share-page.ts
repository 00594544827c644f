import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { sharePageQuery, type ShareLanguage } from '../../../core/contracts/share-links';
import { renderProblemPage } from '../../../core/share/page-html';
import type { FieldError } from '../../../core/field-errors';
import { setSharePageHeaders } from '../share-headers';
import { todayIn } from '../services/share-page';
import { getConfig, getService } from '../utils';
import type { ApiContext } from './context';
import { parse, writeError } from './validation';

const MESSAGES = {
  404: ['NotFoundError', 'No such share link: check the address (token)'],
  410: ['GoneError', 'This share link is no longer available: it was revoked or it expired'],
} as const;

/**
 * GET /api/calendar/share?token=…: a share link's read-only page, no login. A browser (Accept:
 * text/html) gets its refusals as a small HTML page; other clients get Strapi's JSON error.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const frameAncestors = () => getConfig(strapi, 'shareLinks').frameAncestors;

  /** A refusal as a page for a browser, or as Strapi's JSON error for any other client. */
  function refuse(ctx: ApiContext, status: 400 | 404 | 410, lang: ShareLanguage, problems: FieldError[] = []) {
    if (ctx.accepts('json', 'html') === 'html') {
      ctx.status = status;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = renderProblemPage(
        lang,
        status,
        problems.map((p) => p.message)
      );
    } else if (status === 400) {
      writeError(ctx, 400, 'ValidationError', problems.map((p) => p.message).join('; '), { errors: problems });
    } else {
      const [name, message] = MESSAGES[status];
      writeError(ctx, status, name, message, { errors: [{ path: ['token'], message }] });
    }
  }

  return {
    async page(ctx: ApiContext) {
      setSharePageHeaders(ctx, frameAncestors());
      // The refusal speaks the asked language when that much is right.
      let lang: ShareLanguage = ctx.query.lang === 'en' ? 'en' : 'fi';
      try {
        const query = parse(sharePageQuery, ctx.query);
        lang = query.lang ?? 'fi';
        const access = await getService(strapi, 'share-links').verify(query.token);
        if (!access.ok) return refuse(ctx, access.status, lang);
        const today = todayIn(getConfig(strapi, 'defaultTimeZone'));
        const view = query.view ?? 'wheel';
        const year = query.year ?? (query.month ? Number(query.month.slice(0, 4)) : Number(today.slice(0, 4)));
        // The month of the asked year: today's when it is this year, else January.
        const month = query.month ?? (String(year) === today.slice(0, 4) ? today.slice(0, 7) : `${year}-01`);
        const body = await getService(strapi, 'share-page').render(access.row, { token: query.token, view, year, month, lang });
        ctx.status = 200;
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = body;
      } catch (error) {
        // A bad parameter, or a saved filter the content no longer allows (a language turned off).
        if (!(error instanceof errors.ValidationError)) throw error;
        const details = (error.details as { errors?: FieldError[] } | undefined)?.errors;
        refuse(ctx, 400, lang, details?.length ? details : [{ path: ['query'], message: error.message, name: 'ValidationError' }]);
      }
    },
  };
};
