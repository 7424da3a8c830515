// The typed wrapper of protocol/clients/typescript driving the runtime. TypeScriptClientTests compiles this file with
// tsc --strict next to the wrapper (./openclaw-client) and an installed vscode-jsonrpc, then runs it:
// node typescript-client.js <runtime binary>. Prints one JSON summary line.
import { spawn } from 'node:child_process';
import * as rpc from 'vscode-jsonrpc/node';
import { OpenClawConnection, type AgentRunResult } from './openclaw-client';

async function main(binary: string): Promise<void> {
  const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.listen();
  const client = new OpenClawConnection(connection);

  const init = await client.initialize({ processId: process.pid, protocolVersions: ['1.0'] });
  await client.notify('initialized', {});
  const health = await client.health();
  const deltas: string[] = [];
  const progress = client.onProgress(({ token, value }) => {
    if (token === 'run' && value.delta !== undefined) {
      deltas.push(value.delta);
    }
  });
  const run: AgentRunResult = await client.agentRun({ message: 'hi', sessionKey: 'ts', progressToken: 'run' });
  progress.dispose();
  let refused: { code: number; kind: string | undefined } | undefined;
  try {
    await client.sessionsHistory({ sessionKey: '' });
  } catch (error) {
    const failure = error as rpc.ResponseError<{ kind: string }>;
    refused = { code: failure.code, kind: failure.data?.kind };
  }
  await client.shutdown();
  await client.notify('exit', {});
  const exitCode = await exited;
  connection.dispose();
  console.log(JSON.stringify({ track: init.track, health: health.status, text: run.text, deltas, refused, exitCode }));
}

// Checked by tsc --strict only: the declarations refuse what the protocol document refuses.
export function neverCalled(client: OpenClawConnection): void {
  // @ts-expect-error text is a string
  void client.ttsConvert({ text: 5 });
  // @ts-expect-error message is required
  void client.agentRun({});
  // @ts-expect-error format is one of the documented audio formats
  void client.ttsConvert({ text: 'hi', format: 'flac' });
  // @ts-expect-error not a method of the runtime
  void client.request('no.such.method');
  client.onRequest('agent.requestApproval', ({ tool, options }) => ({ outcome: tool.endsWith('__echo') ? options[0] : 'cancelled' }));
  // @ts-expect-error an approval's outcome is one of the options or cancelled
  client.onRequest('agent.requestApproval', () => ({ outcome: 'maybe' }));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
