import { connect, createServer, type Socket } from 'node:net';
import type { Teardown } from './teardown.js';

/** A TCP load balancer with no sticky sessions, like a plain L4 proxy in front of the instances. */
export interface LoadBalancer {
  /** http://127.0.0.1:port */
  readonly url: string;
  /** How many connections went to each backend port so far. */
  readonly routed: ReadonlyMap<number, number>;
}

/**
 * Forwards each new connection to the next backend in turn, skipping backends that refuse the
 * connection (a dead instance), so that a client that reconnects to the one URL lands on a live
 * instance. A connection stays with its backend for its whole life, and dies with it.
 */
export async function startLoadBalancer(
  teardown: Teardown,
  backendPorts: readonly number[],
): Promise<LoadBalancer> {
  const routed = new Map<number, number>(backendPorts.map((port) => [port, 0]));
  const open = new Set<Socket>();
  let next = 0;
  const track = (socket: Socket): void => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  const forward = (client: Socket, attempt: number): void => {
    if (attempt >= backendPorts.length) {
      client.destroy();
      return;
    }
    const port = backendPorts[next % backendPorts.length] ?? 0;
    next += 1;
    const backend = connect({ port, host: '127.0.0.1' });
    track(backend);
    const refused = (): void => {
      forward(client, attempt + 1);
    };
    backend.once('error', refused);
    backend.once('connect', () => {
      backend.off('error', refused);
      routed.set(port, (routed.get(port) ?? 0) + 1);
      client.pipe(backend);
      backend.pipe(client);
      // Whichever side ends or fails, the other goes with it, as through a real proxy.
      const cut = (): void => {
        client.destroy();
        backend.destroy();
      };
      for (const socket of [client, backend]) {
        socket.once('error', cut);
        socket.once('close', cut);
      }
    });
  };

  const server = createServer({ pauseOnConnect: true }, (client) => {
    track(client);
    client.once('error', () => client.destroy());
    // The client stays paused until it is piped to a backend, so none of its bytes are lost.
    forward(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  teardown.add(server, (listening) => {
    for (const socket of open) socket.destroy();
    return new Promise<void>((resolve) =>
      listening.close(() => {
        resolve();
      }),
    );
  });
  return { url: `http://127.0.0.1:${port}`, routed };
}
