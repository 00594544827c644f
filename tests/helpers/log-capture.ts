/**
 * Captures what a running Strapi writes to its log (every level, through a transport of the
 * same winston Strapi uses) while the console transports are muted.
 */
import { Writable } from 'node:stream';

const winstonOfStrapi = () => require(require.resolve('winston', { paths: [require.resolve('@strapi/logger')] }));

export interface LogCapture {
  text(): string;
  clear(): void;
  stop(): void;
}

export function captureLog(strapi: any): LogCapture {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      // eslint-disable-next-line no-control-regex
      chunks.push(String(chunk).replace(/\u001b\[[0-9;]*m/g, ''));
      done();
    },
  });
  const { transports } = winstonOfStrapi();
  const transport = new transports.Stream({ stream, level: 'silly' });
  const muted = strapi.log.transports.filter((t: any) => !t.silent);
  for (const t of muted) t.silent = true;
  const level = strapi.log.level;
  strapi.log.level = 'silly';
  strapi.log.add(transport);
  return {
    text: () => chunks.join(''),
    clear: () => void chunks.splice(0),
    stop() {
      strapi.log.remove(transport);
      strapi.log.level = level;
      for (const t of muted) t.silent = false;
    },
  };
}
