import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { type IsoDate, isIsoDate } from '../lib/domain';
import { todayInLondon } from './dates';
import { type DemoResponse, respondToDemoRequest } from './routes';

export interface DemoServerOptions {
  /** 0 (the default) takes any free port. */
  port?: number;
  /** Loopback only: the demo is for this machine's browser, never the network. */
  host?: '127.0.0.1';
  /** Fixes the demo's today; left out, each request uses the current date in Europe/London. */
  today?: IsoDate;
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const { port = 0, host = '127.0.0.1', today } = options;
  if (today !== undefined && !isIsoDate(today)) {
    throw new Error(`today must be a date written YYYY-MM-DD: ${today}`);
  }
  let baseUrl = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A posted form body is read and dropped: the demo stores nothing a user types.
    req.resume();
    req.on('end', () => {
      let response: DemoResponse;
      try {
        response = respondToDemoRequest(
          { method: req.method ?? 'GET', url: req.url ?? '/' },
          { today: today ?? todayInLondon(), baseUrl },
        );
      } catch (error) {
        // One broken page must not take the demo down for every other test or user.
        console.error(error);
        response = { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Demo error' };
      }
      res.writeHead(response.status, {
        ...response.headers,
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(response.body),
      });
      res.end(req.method === 'HEAD' ? undefined : response.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${host}:${address.port}`;
  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const runAsScript =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (runAsScript) {
  const port = Number(process.env.PORT ?? 4173);
  const today = process.env.DEMO_TODAY || undefined;
  startDemoServer({ port, today }).then(
    (demo) => {
      console.log(`Demo case systems running at ${demo.url}/`);
      const stop = () => void demo.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
