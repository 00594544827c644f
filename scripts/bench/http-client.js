/**
 * The benchmarks' HTTP client, in a process of its own: a publishing site is not inside the
 * server, and a client in the server's process would spend the server's CPU on receiving the
 * bodies it times. Forked by bench-client.ts; each message is a GET to run, each answer its
 * status, byte count and the last bytes of the body (enough to read a count or a trailer).
 */
process.on('message', async ({ id, url, headers, tailBytes }) => {
  try {
    const res = await fetch(url, { headers });
    const bytes = Buffer.from(await res.arrayBuffer());
    const tail = bytes.subarray(Math.max(0, bytes.length - tailBytes)).toString('utf8');
    process.send({ id, status: res.status, length: bytes.length, tail });
  } catch (error) {
    process.send({ id, error: String(error && error.message) });
  }
});
