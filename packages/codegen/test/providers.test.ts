import { readdir, stat, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createRedactor, isShadowtestError, type BaselineFile } from '@shadowtest/core'
import { planFunction, type PlannedFile } from '../src/plan.js'
import { createAnthropicProvider } from '../src/providers/anthropic.js'
import { createOpenAIProvider } from '../src/providers/openai.js'
import { apiKeyFor, importSdk, type ProviderSettings } from '../src/providers/provider.js'
import { SYSTEM_PROMPT } from '../src/providers/prompt.js'
import { rewriteFile } from '../src/providers/rewrite.js'
import { runGenerate } from '../src/run-generate.js'
import { buildBaseline, tempProject, type TempProject } from './baseline-builder.js'
import { startProviderServer, templateFromPrompt, type ProviderServer, type Reply } from './provider-server.js'

const repo = fileURLToPath(new URL('../../..', import.meta.url))
const fn = { id: 'greet.hello', module: 'src/greet.ts', exportName: 'hello' }

let project: TempProject
let baseline: BaselineFile
let file: PlannedFile
let server: ProviderServer | undefined

beforeAll(async () => {
  project = await tempProject()
  await symlink(join(repo, 'node_modules'), join(project.dir, 'node_modules'), 'dir')
  await project.write('src/greet.ts', 'export function hello(name: string): string {\n  return `hello ${name}`\n}\n')
  // The email is deliberately left clear here (as if a baseline leaked one) to prove the prompt guard.
  baseline = buildBaseline(fn, [
    { label: 'plain name', args: ['Ada'], returns: 'hello Ada' },
    { label: 'an email as name', args: ['ada.lovelace@example.com'], returns: 'hello ada.lovelace@example.com' },
  ])
  await project.writeBaseline('__baselines__/src/greet/hello.baseline.json', baseline)
  const plan = await planFunction(baseline, {
    rootDir: project.dir,
    outDir: join(project.dir, '__shadowtest__'),
    baselineFile: join(project.dir, '__baselines__/src/greet/hello.baseline.json'),
    layout: 'per-function',
  })
  file = plan.files.find((f) => f.kind === 'tests') as PlannedFile
})
afterAll(async () => {
  await project.cleanup()
})
afterEach(async () => {
  await server?.close()
  server = undefined
})

function settings(name: 'anthropic' | 'openai', baseUrl: string, overrides: Partial<ProviderSettings> = {}): ProviderSettings {
  return { name, model: `${name}-test-model`, baseUrl, apiKey: 'test-key', timeoutMs: 5_000, sdkMaxRetries: 0, ...overrides }
}

async function rewrite(name: 'anthropic' | 'openai', script: Reply[], overrides: Partial<ProviderSettings> = {}, maxRetries = 1) {
  server = await startProviderServer(script)
  const url = name === 'anthropic' ? server.anthropicUrl : server.openaiUrl
  const provider = await (name === 'anthropic' ? createAnthropicProvider : createOpenAIProvider)(settings(name, url, overrides))
  const log: string[] = []
  const outcome = await rewriteFile(file, baseline, {
    provider,
    redactor: createRedactor(),
    rootDir: project.dir,
    maxRetries,
    vitestTimeoutMs: 60_000,
    log: (line) => log.push(line),
  })
  return { outcome, log, requests: server.requests }
}

describe('AI providers against a local server speaking their wire formats', () => {
  test('anthropic: POST /v1/messages with key, model and system prompt; an answer without code is fed back, then the template is kept', async () => {
    const { outcome, requests, log } = await rewrite('anthropic', [{ kind: 'answer', text: 'Sure! The tests look great as they are.' }])
    expect(requests).toHaveLength(2)
    expect(requests[0]!.path).toBe('/v1/messages')
    // SDK 1.x sends the key as a bearer token (older SDKs used x-api-key): either way, it is the configured key.
    expect([requests[0]!.headers['x-api-key'], requests[0]!.headers.authorization]).toContain(
      requests[0]!.headers['x-api-key'] === undefined ? 'Bearer test-key' : 'test-key',
    )
    expect(requests[0]!.headers['anthropic-version']).toBeDefined()
    expect(requests[0]!.body.model).toBe('anthropic-test-model')
    expect(requests[0]!.body.system).toBe(SYSTEM_PROMPT)
    expect(requests[0]!.texts[1]).toContain('Template test file to improve:')
    expect(requests[0]!.texts[1]).toContain('export function hello(name: string)')
    // The rejected answer and the reason go back to the model.
    expect(requests[1]!.texts.at(-2)).toBe('Sure! The tests look great as they are.')
    expect(requests[1]!.texts.at(-1)).toContain('The answer contained no ```ts code block.')
    expect(outcome.fallback).toBe(true)
    expect(outcome.attempts).toBe(2)
    expect(outcome.file.content).toBe(file.content)
    expect(log.join('\n')).toMatch(/answer 2\/2 rejected/)
  })

  test('openai: POST /v1/chat/completions with a bearer key; a non-compiling answer gets the tsc error back', async () => {
    const broken: Reply = { kind: 'answer', text: (r) => `\`\`\`ts\n${templateFromPrompt(r)}\nconst total: number = 'not a number'\n\`\`\`` }
    const { outcome, requests } = await rewrite('openai', [broken])
    expect(requests).toHaveLength(2)
    expect(requests[0]!.path).toBe('/v1/chat/completions')
    expect(requests[0]!.headers.authorization).toBe('Bearer test-key')
    expect((requests[0]!.body.messages as Array<{ role: string }>).map((m) => m.role)).toEqual(['system', 'user'])
    expect(requests[1]!.texts.at(-1)).toContain('tsc reported')
    expect(requests[1]!.texts.at(-1)).toMatch(/TS2322: Type 'string' is not assignable to type 'number'/)
    expect(outcome.fallback).toBe(true)
    expect(outcome.file.content).toBe(file.content)
    // The candidate file used for validation is gone.
    expect((await readdir(join(project.dir, '__shadowtest__/src/greet')).catch(() => [])).filter((n) => n.includes('candidate'))).toEqual([])
  }, 60_000)

  test('an answer that drops a scenario is rejected before it is compiled', async () => {
    const dropped: Reply = {
      kind: 'answer',
      text: "```ts\nimport { test } from 'vitest'\ntest('nothing to see', () => {})\n```",
    }
    const { outcome, requests } = await rewrite('anthropic', [dropped], {}, 0)
    expect(requests).toHaveLength(1)
    expect(outcome.fallback).toBe(true)
    expect(outcome.reason).toContain('missing: greet.hello:')
    expect(outcome.reason).toContain('toMatchBaseline')
  })

  test('a 429 is retried by the SDK (retry-after honoured), then the template is kept', async () => {
    const { outcome, requests } = await rewrite('anthropic', [{ kind: 'status', status: 429, retryAfterMs: 5 }], { sdkMaxRetries: 1 })
    expect(requests).toHaveLength(2)
    expect(outcome.fallback).toBe(true)
    expect(outcome.reason).toMatch(/anthropic request failed: 429/)
  })

  test('a provider that never answers times out, then the template is kept', async () => {
    const started = Date.now()
    const { outcome, requests } = await rewrite('openai', [{ kind: 'hang' }], { timeoutMs: 300, sdkMaxRetries: 0 })
    expect(requests).toHaveLength(1)
    expect(outcome.fallback).toBe(true)
    expect(outcome.reason).toMatch(/openai request failed: .*timed out/i)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  test('the prompt carries redacted data only: the redactor runs over it as a guard', async () => {
    const { requests } = await rewrite('openai', [{ kind: 'answer', text: 'no code' }], {}, 0)
    const sent = JSON.stringify(requests[0]!.body)
    expect(sent).not.toContain('ada.lovelace@example.com')
    expect(sent).toMatch(/<email:[0-9a-f]+>/)
  })
})

describe('provider setup errors', () => {
  test('a missing API key is PROVIDER:NO_API_KEY naming the variable', () => {
    const error = (() => {
      try {
        return apiKeyFor('openai', {})
      } catch (e) {
        return e
      }
    })()
    expect(isShadowtestError(error) && error.code).toBe('PROVIDER:NO_API_KEY')
    expect((error as Error).message).toContain('OPENAI_API_KEY')
  })

  test('a missing SDK is PROVIDER:SDK_MISSING saying what to install', async () => {
    const error = await importSdk('anthropic', () => import(['@anthropic-ai', 'sdk-that-is-not-installed'].join('/'))).catch((e: unknown) => e)
    expect(isShadowtestError(error) && error.code).toBe('PROVIDER:SDK_MISSING')
    expect((error as Error).message).toContain('npm install --save-dev @anthropic-ai/sdk')
  })

  test('runGenerate: unknown provider and missing key fail before anything is written', async () => {
    const unknown = await runGenerate({ cwd: project.dir, provider: 'gemini' }).catch((e: unknown) => e)
    expect(isShadowtestError(unknown) && unknown.code).toBe('PROVIDER:UNKNOWN')
    const noKey = await runGenerate({ cwd: project.dir, provider: 'anthropic', env: {} }).catch((e: unknown) => e)
    expect(isShadowtestError(noKey) && noKey.code).toBe('PROVIDER:NO_API_KEY')
    await expect(stat(join(project.dir, '__shadowtest__'))).rejects.toThrow(/ENOENT/)
  })

  test('--dry-run prints the settings and the exact prompt, calls nothing and writes nothing', async () => {
    server = await startProviderServer([{ kind: 'answer', text: 'unused' }])
    const printed: string[] = []
    const report = await runGenerate({
      cwd: project.dir,
      env: {},
      provider: 'anthropic',
      baseUrl: server.anthropicUrl,
      model: 'claude-dry',
      mode: 'dry-run',
      print: (line) => printed.push(line),
    })
    const out = printed.join('\n')
    expect(out).toContain('provider: anthropic')
    expect(out).toContain('model: claude-dry')
    expect(out).toContain(`base URL: ${server.anthropicUrl}`)
    expect(out).toContain('API key: ANTHROPIC_API_KEY is NOT set')
    expect(out).toContain('===== prompt for __shadowtest__/src/greet/hello.baseline.test.ts =====')
    expect(out).toContain(SYSTEM_PROMPT)
    expect(out).not.toContain('ada.lovelace@example.com')
    expect(server.requests).toHaveLength(0)
    expect(report.counts.written).toBe(2)
    await expect(stat(join(project.dir, '__shadowtest__'))).rejects.toThrow(/ENOENT/)
  })
})
