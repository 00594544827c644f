/**
 * npm run bench:chart — draws docs/performance/occurrences-scale.svg from the runs recorded in
 * docs/performance/occurrences-scale.json (`BENCH_JSON=docs/performance/occurrences-scale.json
 * npm run bench:occurrences` adds a run): the occurrences API's time over raw SQL (a/c) cold,
 * after an edit and warm, per database, against the number of pieces (1,000 / 10,000 / 100,000,
 * on a log scale). The latest run of each size and database is drawn.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Run {
  date: string;
  database: 'sqlite' | 'postgres';
  pieces: number;
  ms: { c: number; warm: number; cold: number; afterEdit: number };
}

const DIR = path.resolve(__dirname, '..', '..', 'docs', 'performance');
const runs: Run[] = JSON.parse(fs.readFileSync(path.join(DIR, 'occurrences-scale.json'), 'utf8'));

const W = 720;
const H = 360;
const M = { left: 56, right: 170, top: 30, bottom: 44 };
const SIZES = [...new Set(runs.map((r) => r.pieces))].sort((a, b) => a - b);
const latest = new Map<string, Run>();
for (const run of runs) latest.set(`${run.database}|${run.pieces}`, run); // later entries win
const SERIES = [
  { key: 'cold', label: 'cold', dash: '' },
  { key: 'afterEdit', label: 'after one edit', dash: '6 4' },
  { key: 'warm', label: 'warm', dash: '2 3' },
] as const;
const COLOURS = { sqlite: '#4945ff', postgres: '#d02b20' };

const ratios = [...latest.values()].flatMap((r) => SERIES.map((s) => r.ms[s.key] / r.ms.c));
const top = Math.max(4, Math.ceil(Math.max(...ratios)));
const x = (pieces: number) =>
  M.left +
  ((Math.log10(pieces) - Math.log10(SIZES[0])) / Math.max(1e-9, Math.log10(SIZES[SIZES.length - 1]) - Math.log10(SIZES[0]))) *
    (W - M.left - M.right);
const y = (ratio: number) => M.top + (1 - ratio / top) * (H - M.top - M.bottom);

const parts: string[] = [];
parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
for (let r = 0; r <= top; r += 1) {
  parts.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${y(r).toFixed(1)}" y2="${y(r).toFixed(1)}" stroke="${r === 2 ? '#999' : '#eee'}"/>`
  );
  parts.push(`<text x="${M.left - 8}" y="${(y(r) + 4).toFixed(1)}" text-anchor="end">${r}</text>`);
}
parts.push(`<text x="${W - M.right + 4}" y="${y(2) + 4}" fill="#666">target ≤ 2</text>`);
for (const size of SIZES)
  parts.push(`<text x="${x(size)}" y="${H - M.bottom + 18}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
parts.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">pieces (one year, 5 % weekly)</text>`);
parts.push(`<text x="14" y="${M.top - 12}">occurrences API time ÷ raw SQL time (a/c)</text>`);
let legend = M.top;
for (const database of ['sqlite', 'postgres'] as const) {
  for (const series of SERIES) {
    const points = SIZES.map((size) => latest.get(`${database}|${size}`))
      .filter((r): r is Run => Boolean(r))
      .map((r) => `${x(r.pieces).toFixed(1)},${y(r.ms[series.key] / r.ms.c).toFixed(1)}`);
    if (!points.length) continue;
    const colour = COLOURS[database];
    parts.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${series.dash}"/>`
    );
    for (const point of points) parts.push(`<circle cx="${point.split(',')[0]}" cy="${point.split(',')[1]}" r="3" fill="${colour}"/>`);
    const lx = W - M.right + 14;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${legend + 20}" y2="${legend + 20}" stroke="${colour}" stroke-width="2" stroke-dasharray="${series.dash}"/>`
    );
    parts.push(`<text x="${lx + 30}" y="${legend + 24}">${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${series.label}</text>`);
    legend += 20;
  }
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">\n${parts.join('\n')}\n</svg>\n`;
fs.writeFileSync(path.join(DIR, 'occurrences-scale.svg'), svg);
console.log(`wrote ${path.relative(process.cwd(), path.join(DIR, 'occurrences-scale.svg'))} from ${runs.length} runs`);
