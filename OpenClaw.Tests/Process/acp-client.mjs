// A real ACP client (@agentclientprotocol/sdk, as editors embed it) driving `<binary> acp` twice on one state dir:
// initialize, authenticate, new, a streamed prompt, a prompt cancelled mid-stream, an unknown session; then a restart
// with list and load. Usage: node acp-client.mjs <runtime binary> <cwd>. Prints one JSON summary line.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { PassThrough, Readable, Writable } from 'node:stream';

const require = createRequire(process.env.OPENCLAW_NODE_MODULES + '/');
const acp = await import(require.resolve('@agentclientprotocol/sdk'));
const [binary, cwd] = process.argv.slice(2);

// Every stdout line must be a JSON-RPC message: the runtime's stdout carries frames only.
function start() {
  const child = spawn(binary, ['acp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const tap = new PassThrough();
  const hygiene = { lines: 0, bad: [] };
  let partial = '';
  child.stdout.on('data', (bytes) => {
    partial += bytes.toString('utf8');
    const lines = partial.split('\n');
    partial = lines.pop();
    for (const line of lines) {
      hygiene.lines++;
      try { if (JSON.parse(line).jsonrpc !== '2.0') hygiene.bad.push(line); } catch { hygiene.bad.push(line); }
    }
  });
  child.stdout.pipe(tap);
  const stream = acp.ndJsonStream(Writable.toWeb(child.stdin), Readable.toWeb(tap));
  return { child, exited, stream, hygiene };
}

const updates = [];
const app = () => acp.client({ name: 'acp-client.mjs' })
  .onNotification(acp.methods.client.session.update, (context) => { updates.push(context.params); });

async function failure(call) {
  try { await call(); return null; } catch (error) { return { code: error.code, kind: error.data?.kind, message: error.message }; }
}

const text = (sessionId, kind) => updates
  .filter((u) => u.sessionId === sessionId && u.update.sessionUpdate === kind)
  .map((u) => u.update.content.text);

const first = start();
const summary = await app().connectWith(first.stream, async (cx) => {
  const initialize = await cx.request(acp.methods.agent.initialize, { protocolVersion: acp.PROTOCOL_VERSION, clientCapabilities: {} });
  await cx.request(acp.methods.agent.authenticate, { methodId: initialize.authMethods[0].id });
  const { sessionId } = await cx.request(acp.methods.agent.session.new, { cwd, mcpServers: [] });
  const answered = await cx.request(acp.methods.agent.session.prompt, { sessionId, prompt: [{ type: 'text', text: 'Say hello' }] });
  const chunks = text(sessionId, 'agent_message_chunk');

  updates.length = 0;
  const long = cx.request(acp.methods.agent.session.prompt, { sessionId, prompt: [{ type: 'text', text: 'Tell a long story' }] });
  while (text(sessionId, 'agent_message_chunk').length === 0) await new Promise((r) => setTimeout(r, 10));
  await cx.notify(acp.methods.agent.session.cancel, { sessionId });
  const cancelled = await long;

  const unknown = await failure(() => cx.request(acp.methods.agent.session.prompt, { sessionId: 'acp-nope', prompt: [{ type: 'text', text: 'hi' }] }));
  return { initialize, sessionId, answered, chunks, cancelled, unknown };
});
first.child.stdin.end();
summary.firstExit = await first.exited;
summary.firstHygiene = first.hygiene;

updates.length = 0;
const second = start();
Object.assign(summary, await app().connectWith(second.stream, async (cx) => {
  await cx.request(acp.methods.agent.initialize, { protocolVersion: acp.PROTOCOL_VERSION, clientCapabilities: {} });
  const listed = await cx.request(acp.methods.agent.session.list, { cwd });
  await cx.request(acp.methods.agent.session.load, { sessionId: summary.sessionId, cwd, mcpServers: [] });
  const replay = updates.map((u) => [u.update.sessionUpdate, u.update.content.text]);
  return { listed, replay };
}));
second.child.stdin.end();
summary.secondExit = await second.exited;
summary.secondHygiene = second.hygiene;
console.log(JSON.stringify(summary));
