// A tiny stdio MCP server for the failure modes of the runtime's MCP client; no dependencies.
// Newline-delimited JSON-RPC 2.0 on stdin/stdout. Options:
//   --pid-file PATH     append this process's pid (one line per start)
//   --grandchild PATH   start a child that outlives nothing on its own and write its pid to PATH
//   --ignore-eof        keep running after stdin ends (and ignore SIGTERM)
//   --eof-file PATH     write "eof" to PATH when stdin ends, then exit
//   --no-handshake      never answer initialize
//   --page-size N       list tools N per page (nextCursor)
//   --marker TEXT       ignored; lets a test find this process by its command line
// The tool called chooses the rest: echo, hang, crash, huge, env, wait/release, ask-client, cancellations, mixed,
// fail, structured.
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const flag = (name) => args.includes(name);

if (option('--pid-file')) appendFileSync(option('--pid-file'), `${process.pid}\n`);
if (option('--grandchild')) {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  writeFileSync(option('--grandchild'), `${child.pid}\n`);
}
if (flag('--ignore-eof')) {
  process.on('SIGTERM', () => {});
  setInterval(() => {}, 1000);
}

const tools = ['echo', 'hang', 'crash', 'huge', 'env', 'wait', 'release', 'ask-client', 'cancellations', 'mixed', 'fail', 'structured', 'odd.name']
  .map((name) => ({ name, description: `the ${name} tool`, inputSchema: { type: 'object', properties: {} } }));
const pageSize = Number(option('--page-size') ?? tools.length);
const cancellations = [];
const waiting = [];
const clientAnswers = new Map();
let nextServerRequest = 1;

const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...message }) + '\n');
const text = (t) => ({ content: [{ type: 'text', text: t }] });

function askClient(method) {
  const id = `server-${nextServerRequest++}`;
  return new Promise((resolve) => { clientAnswers.set(id, resolve); send({ id, method, params: {} }); });
}

async function call(name, input) {
  switch (name) {
    case 'echo': return text(`echo: ${input.text}`);
    case 'hang': return new Promise(() => {});
    case 'crash': process.exit(3);
    case 'huge': return text('x'.repeat(input.bytes));
    case 'env': return text(JSON.stringify(Object.fromEntries(input.names.map((n) => [n, process.env[n] ?? null]))));
    case 'wait': return new Promise((resolve) => waiting.push(() => resolve(text('released'))));
    case 'release': waiting.splice(0).forEach((r) => r()); return text('ok');
    case 'ask-client': {
      send({ method: 'notifications/message', params: { level: 'info', data: 'about to ask' } });
      const ping = await askClient('ping');
      const sampling = await askClient('sampling/createMessage');
      return text(`ping: ${JSON.stringify(ping)}; sampling: ${JSON.stringify(sampling)}`);
    }
    case 'cancellations': return text(JSON.stringify(cancellations));
    case 'mixed': return { content: [{ type: 'text', text: 'a picture:' }, { type: 'image', mimeType: 'image/png', data: Buffer.alloc(1234).toString('base64') }] };
    case 'fail': return { content: [{ type: 'text', text: 'bad input: no such file' }], isError: true };
    case 'structured': return { content: [], structuredContent: { answer: 42 } };
    case 'odd.name': return text('the odd tool ran');
    default: throw Object.assign(new Error(`unknown tool: ${name}`), { code: -32602 });
  }
}

async function handle(message) {
  if (message.method === undefined) {
    const answered = clientAnswers.get(message.id);
    clientAnswers.delete(message.id);
    answered?.(message.result ?? { error: message.error });
    return;
  }
  if (message.id === undefined) {
    if (message.method === 'notifications/cancelled') cancellations.push(message.params);
    return;
  }
  try {
    switch (message.method) {
      case 'initialize':
        if (flag('--no-handshake')) return;
        send({ id: message.id, result: { protocolVersion: '2025-03-26', capabilities: { tools: {} }, serverInfo: { name: 'fake', version: '1.0.0' } } });
        return;
      case 'tools/list': {
        const start = Number(message.params?.cursor ?? 0);
        const next = start + pageSize < tools.length ? String(start + pageSize) : undefined;
        send({ id: message.id, result: { tools: tools.slice(start, start + pageSize), ...(next ? { nextCursor: next } : {}) } });
        return;
      }
      case 'tools/call':
        send({ id: message.id, result: await call(message.params.name, message.params.arguments ?? {}) });
        return;
      default:
        send({ id: message.id, error: { code: -32601, message: `no method ${message.method}` } });
    }
  } catch (e) {
    send({ id: message.id, error: { code: e.code ?? -32603, message: e.message } });
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => { if (line.trim()) handle(JSON.parse(line)); });
lines.on('close', () => {
  if (option('--eof-file')) writeFileSync(option('--eof-file'), 'eof');
  if (!flag('--ignore-eof')) process.exit(0);
});
