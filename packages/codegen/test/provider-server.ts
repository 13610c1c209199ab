import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One scripted reply: an answer text (or built from the request), an HTTP error, or no reply at all. */
export type Reply =
  | { kind: 'answer'; text: string | ((request: RecordedRequest) => string) }
  | { kind: 'status'; status: number; retryAfterMs?: number }
  | { kind: 'hang' }

export interface RecordedRequest {
  path: string
  headers: IncomingMessage['headers']
  body: Record<string, unknown>
  /** All message texts of the conversation, in order (system first for both APIs). */
  texts: string[]
}

export interface ProviderServer {
  /** Base URL for the Anthropic SDK (`http://127.0.0.1:port`). */
  anthropicUrl: string
  /** Base URL for the OpenAI SDK (`http://127.0.0.1:port/v1`). */
  openaiUrl: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

/**
 * A local HTTP server on 127.0.0.1 that speaks both wire formats: Anthropic's
 * POST /v1/messages and OpenAI's POST /v1/chat/completions. Replies come from a script, in order;
 * when the script runs out the last reply repeats.
 */
export async function startProviderServer(script: Reply[]): Promise<ProviderServer> {
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (d: Buffer) => (raw += d.toString()))
    req.on('end', () => handle(req, res, raw))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  let index = 0
  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const body = JSON.parse(raw || '{}') as Record<string, unknown>
    const path = req.url ?? ''
    const messages = (body.messages ?? []) as Array<{ role: string; content: unknown }>
    const texts = [
      ...(typeof body.system === 'string' ? [body.system] : []),
      ...messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))),
    ]
    const request: RecordedRequest = { path, headers: req.headers, body, texts }
    requests.push(request)
    const reply = script[Math.min(index++, script.length - 1)] as Reply
    if (reply.kind === 'hang') return
    if (reply.kind === 'status') {
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        ...(reply.retryAfterMs === undefined ? {} : { 'retry-after-ms': String(reply.retryAfterMs) }),
      })
      res.end(JSON.stringify({ type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } }))
      return
    }
    const text = typeof reply.text === 'function' ? reply.text(request) : reply.text
    res.writeHead(200, { 'content-type': 'application/json' })
    if (path === '/v1/messages') {
      res.end(
        JSON.stringify({
          id: `msg_${index}`,
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [{ type: 'text', text }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 10 },
        }),
      )
    } else if (path === '/v1/chat/completions') {
      res.end(
        JSON.stringify({
          id: `chatcmpl-${index}`,
          object: 'chat.completion',
          created: 1_700_000_000,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      )
    } else {
      res.writeHead(404)
      res.end()
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    anthropicUrl: `http://127.0.0.1:${port}`,
    openaiUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** The template the prompt carries (between "Template test file to improve:" and the closing fence). */
export function templateFromPrompt(request: RecordedRequest): string {
  const prompt = request.texts.find((t) => t.includes('Template test file to improve:')) ?? ''
  const match = /Template test file to improve:\n```ts\n([\s\S]*?)```/.exec(prompt)
  if (!match?.[1]) throw new Error('no template in the prompt')
  return match[1]
}
