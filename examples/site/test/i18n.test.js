/** Times as the feed gives them, in their own offset, whatever the server's zone. */
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { formatDate, formatLocalStart, inLanguage, words } = require('../src/i18n');

test('shows an occurrence as its own wall clock and offset', () => {
  assert.equal(formatLocalStart('2026-03-24T09:00:00+02:00', 'fi'), 'ti 24.3.2026 klo 09.00 (UTC+02:00)');
  assert.equal(formatLocalStart('2026-03-31T09:00:00+03:00', 'fi'), 'ti 31.3.2026 klo 09.00 (UTC+03:00)');
  // Punctuation of the other two varies with Node's ICU; the wall clock and offset do not.
  assert.match(formatLocalStart('2026-03-31T09:00:00.000-04:00', 'en'), /^Tue,? 31\/03\/2026,? 09:00 \(UTC-04:00\)$/);
  assert.match(formatLocalStart('2026-03-31T23:30:00Z', 'sv'), /^tis,? 2026-03-31,? 23:30 \(UTC\)$/);
  for (const bad of ['2026-03-31', '2026-03-31T09:00', 'soon', null, 5]) assert.equal(formatLocalStart(bad, 'fi'), null);
});

test('dates a publication in the piece zone, and in UTC when the zone is unknown', () => {
  assert.equal(formatDate('2026-03-01T22:30:00.000Z', 'fi', 'Europe/Helsinki'), '2. maaliskuuta 2026');
  assert.equal(formatDate('2026-03-01T22:30:00.000Z', 'fi', 'Mars/Olympus_Mons'), '1. maaliskuuta 2026');
  assert.equal(formatDate('not a date', 'fi', 'Europe/Helsinki'), null);
});

test('speaks fi, sv and en, and English for another language', () => {
  assert.equal(words('sv').comingUp, 'På kommande');
  assert.equal(words('de').comingUp, 'Coming up');
  assert.equal(inLanguage('fi'), 'Suomeksi');
  assert.equal(inLanguage('de'), 'DE');
});
