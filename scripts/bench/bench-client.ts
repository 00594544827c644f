/** GETs run by the client process (`http-client.js`), so the server's process only serves them. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ClientAnswer {
  status: number;
  length: number;
  /** The body's last `tailBytes` bytes as text. */
  tail: string;
}

export function startClient() {
  const child: ChildProcess = fork(path.join(__dirname, 'http-client.js'), [], { stdio: 'inherit' });
  let next = 0;
  const waiting = new Map<number, { resolve: (a: ClientAnswer) => void; reject: (e: Error) => void }>();
  child.on('message', (m: any) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(m.error));
    else w?.resolve(m);
  });
  return {
    get(url: string, headers: Record<string, string> = {}, tailBytes = 300): Promise<ClientAnswer> {
      const id = (next += 1);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ id, url, headers, tailBytes });
      });
    },
    stop: () => child.kill(),
  };
}
