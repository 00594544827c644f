/**
 * The share page's frame: head, navigation (plain links, no JS needed), the view, and a print
 * layout for an A3 wheel; and the small page for a link that is unknown, gone or malformed. The
 * one inline style and script are constants, so the server's CSP can allow them by hash.
 */
import { sharePageUrl, type ShareLanguage, type ShareView } from '../contracts/share-links';
import { shiftMonth } from '../calendar-grid';
import { el, empty, text } from './markup';
import { monthTitle, wordsFor } from './words';

export const SHARE_PAGE_STYLE = `
:root{color-scheme:light;--ink:#32324d;--muted:#666687;--line:#dcdce4;--soft:#f6f6f9;--accent:#4945ff}
*{box-sizing:border-box}
body{margin:0;padding:16px 24px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
header h1{margin:0;font-size:22px}header p{margin:2px 0 0;color:var(--muted)}
nav{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;margin:12px 0 16px;padding:8px 0;border-bottom:1px solid var(--line)}
nav div{display:flex;gap:12px;align-items:center}
nav a{color:var(--accent);text-decoration:none}nav a:hover{text-decoration:underline}
nav a[aria-current=page]{color:var(--ink);font-weight:600;border-bottom:2px solid var(--accent)}
.range strong{min-width:9em;text-align:center}
.wheel-layout{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.wheel{width:100%;max-width:860px;height:auto;flex:1 1 560px}
.legend{flex:0 1 260px}.legend h2{font-size:16px;margin:0 0 8px}.legend h3{font-size:12px;text-transform:uppercase;color:var(--muted);margin:12px 0 4px}
ul{list-style:none;margin:0;padding:0}.legend li{margin:2px 0}
.swatch{vertical-align:-2px}.muted{color:var(--muted)}
.month-themes{display:flex;flex-wrap:wrap;gap:4px 16px;margin:0 0 8px}.month-themes .band{width:24px;height:6px;display:inline-block;vertical-align:middle}
table.month{width:100%;border-collapse:collapse;table-layout:fixed}
.month th{font-size:12px;text-transform:uppercase;color:var(--muted);padding:4px;text-align:left}
.month td{border:1px solid var(--line);vertical-align:top;height:110px;padding:4px;font-size:13px;overflow:hidden}
.month td.other-month{background:var(--soft);color:var(--muted)}
.month td.today .day-number{background:var(--accent);color:#fff;border-radius:10px;padding:0 6px;display:inline-block}
.day-number{font-weight:600;margin-bottom:2px}
.month .band{display:block;width:100%;height:4px;margin:1px 0}
.occurrence{margin:2px 0;overflow-wrap:anywhere}.occurrence time{color:var(--muted);font-variant-numeric:tabular-nums}
.occurrence.planned .title{font-style:italic}
.badge{font-size:11px;border:1px dashed var(--muted);border-radius:4px;padding:0 4px;color:var(--muted)}
.more{color:var(--muted)}
footer{margin-top:16px;color:var(--muted);font-size:13px}
.problem{max-width:40em;margin:10vh auto;text-align:center}.problem li{color:var(--muted)}
@page{size:A3 landscape;margin:10mm}
@media print{nav,.no-print{display:none!important}body{padding:0}.wheel-layout{flex-wrap:nowrap}.wheel{height:250mm;width:250mm;max-width:none;flex:none}.month td{height:38mm}}
`;

/** The "Print" link: without JS it does nothing harmful, and the browser's own print uses the same layout. */
export const SHARE_PAGE_SCRIPT = `document.querySelectorAll('[data-print]').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();window.print();});});`;

const head = (title: string) =>
  el(
    'head',
    {},
    empty('meta', { charset: 'utf-8' }, false),
    empty('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, false),
    empty('meta', { name: 'robots', content: 'noindex, nofollow' }, false),
    empty('meta', { name: 'referrer', content: 'no-referrer' }, false),
    el('title', {}, text(title)),
    el('style', {}, SHARE_PAGE_STYLE)
  );

const htmlDocument = (lang: ShareLanguage, title: string, bodyClass: string, ...body: string[]) =>
  `<!doctype html>\n${el('html', { lang }, head(title), el('body', { class: bodyClass }, ...body))}`;

export interface SharePageInput {
  token: string;
  /** The link's name, shown as the page's heading. */
  name: string;
  view: ShareView;
  year: number;
  month: string;
  /** The year or month of today, for the "Today" link. */
  today: string;
  lang: ShareLanguage;
  showPlanned: boolean;
  /** The view's markup (wheel and legend, or the month grid). */
  content: string;
}

function navigation({ token, view, year, month, today, lang }: SharePageInput) {
  const words = wordsFor(lang);
  const url = (params: { view: ShareView; year?: number; month?: string; lang?: ShareLanguage }) =>
    sharePageUrl('', { token, lang: params.lang ?? lang, ...params });
  const here = view === 'wheel' ? { view, year } : { view, month };
  const tab = (target: ShareView, label: string, href: string) =>
    el('a', { href, 'aria-current': view === target ? 'page' : undefined, 'data-view': target }, text(label));
  const range =
    view === 'wheel'
      ? [
          el('a', { href: url({ view, year: year - 1 }), rel: 'prev', 'data-nav': 'previous' }, text(`‹ ${words.previousYear}`)),
          el('strong', { 'data-testid': 'range-title' }, String(year)),
          el('a', { href: url({ view, year: year + 1 }), rel: 'next', 'data-nav': 'next' }, text(`${words.nextYear} ›`)),
          el('a', { href: url({ view, year: Number(today.slice(0, 4)) }), 'data-nav': 'today' }, text(words.today)),
        ]
      : [
          el(
            'a',
            { href: url({ view, month: shiftMonth(month, -1) }), rel: 'prev', 'data-nav': 'previous' },
            text(`‹ ${words.previousMonth}`)
          ),
          el('strong', { 'data-testid': 'range-title' }, text(monthTitle(month, lang))),
          el('a', { href: url({ view, month: shiftMonth(month, 1) }), rel: 'next', 'data-nav': 'next' }, text(`${words.nextMonth} ›`)),
          el('a', { href: url({ view, month: today.slice(0, 7) }), 'data-nav': 'today' }, text(words.today)),
        ];
  const other: ShareLanguage = lang === 'fi' ? 'en' : 'fi';
  return el(
    'nav',
    { class: 'no-print', 'aria-label': words.wheel },
    el(
      'div',
      { class: 'views' },
      tab('wheel', words.wheel, url({ view: 'wheel', year })),
      tab('month', words.month, url({ view: 'month', month }))
    ),
    el('div', { class: 'range' }, ...range),
    el(
      'div',
      { class: 'tools' },
      el('a', { href: url({ ...here, lang: other }), hreflang: other, lang: other, 'data-lang': other }, text(words.otherLanguage)),
      el('a', { href: '#print', 'data-print': true }, text(words.print))
    )
  );
}

/** The whole page around a view. */
export function renderSharePage(input: SharePageInput): string {
  const words = wordsFor(input.lang);
  const subtitle = input.view === 'wheel' ? `${words.wheel} ${input.year}` : `${words.month}: ${monthTitle(input.month, input.lang)}`;
  const note = input.showPlanned ? words.withPlanned : words.onlyPublished;
  return htmlDocument(
    input.lang,
    `${input.name} – ${subtitle}`,
    `view-${input.view}`,
    el('header', {}, el('h1', {}, text(input.name)), el('p', {}, text(subtitle))),
    navigation(input),
    el('main', {}, input.content),
    el('footer', {}, text(note)),
    el('script', {}, SHARE_PAGE_SCRIPT)
  );
}

/** A link that is unknown (404), gone (410: revoked or expired) or asked for wrongly (400: `problems` say what). */
export function renderProblemPage(lang: ShareLanguage, status: 400 | 404 | 410, problems: string[] = []): string {
  const words = wordsFor(lang);
  const [title, explanation] =
    status === 410
      ? [words.goneTitle, words.goneText]
      : status === 404
        ? [words.notFoundTitle, words.notFoundText]
        : [words.badRequestTitle, ''];
  return htmlDocument(
    lang,
    title,
    'problem-page',
    el(
      'main',
      { class: 'problem', 'data-testid': 'share-unavailable', 'data-status': status },
      el('h1', {}, text(title)),
      explanation ? el('p', {}, text(explanation)) : '',
      problems.length ? el('ul', {}, ...problems.map((p) => el('li', {}, text(p)))) : ''
    )
  );
}
