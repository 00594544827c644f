/**
 * The benchmarks' HTTP client, in a process of its own: a publishing site is not inside the
 * server, and a client in the server's process would spend the server's CPU on receiving the
 * bodies it times. Forked by bench-client.ts; each message is a GET to run, each answer its
 * status, byte count and the last bytes of the body (enough to read a count or a trailer).
 * The body is counted as it arrives and only its tail kept: the answer is sent at its last
 * byte, not after copying tens of megabytes into one buffer (the client's work, not the server's).
 */
process.on('message', async ({ id, url, headers, tailBytes }) => {
  try {
    const res = await fetch(url, { headers });
    let length = 0;
    let tail = Buffer.alloc(0);
    for await (const chunk of res.body ?? []) {
      length += chunk.length;
      tail =
        chunk.length >= tailBytes
          ? Buffer.from(chunk.subarray(chunk.length - tailBytes))
          : Buffer.concat([tail, chunk]).subarray(-tailBytes);
    }
    process.send({ id, status: res.status, length, tail: tail.toString('utf8') });
  } catch (error) {
    process.send({ id, error: String(error && error.message) });
  }
});
