import { createRedactor, type BaselineFile, type ResolvedConfig } from '@shadowtest/core'
import { generate, type GenerateOptions, type GenerateReport, type Rewrite, type RewriteContext } from './generate.js'
import { displayPath } from './layout.js'
import type { PlannedFile } from './plan.js'
import { createAnthropicProvider } from './providers/anthropic.js'
import { createOpenAIProvider } from './providers/openai.js'
import {
  API_KEY_ENV,
  BASE_URL_ENV,
  DEFAULT_MODELS,
  apiKeyFor,
  parseProviderName,
  type Provider,
  type ProviderName,
  type ProviderSettings,
} from './providers/provider.js'
import { promptFor, rewriteFile } from './providers/rewrite.js'

export interface RunGenerateOptions extends Omit<GenerateOptions, 'rewriter'> {
  /** `anthropic` | `openai`: let a provider rewrite each test file (validated; template on failure). Default: config `codegen.provider`. */
  provider?: string
  model?: string
  baseUrl?: string
  /** Where `--dry-run` prints the settings and prompts (stdout in the CLI). */
  print?: (line: string) => void
  /** SDK-level retries for 429/5xx/timeouts (default 2; tests use fewer). */
  sdkMaxRetries?: number
}

/** What `shadowtest generate` runs: template generation, plus the provider step when asked. */
export async function runGenerate(options: RunGenerateOptions): Promise<GenerateReport> {
  const { provider: flag, model, baseUrl, print = () => {}, sdkMaxRetries = 2, ...rest } = options
  const env = options.env ?? process.env
  const log = options.log ?? (() => {})
  // The provider may come from config; resolve lazily inside the rewrite hook, where config is known.
  let providerPromise: Promise<Provider | undefined> | undefined
  let printedSettings = false
  const rewriter = (config: ResolvedConfig): Rewrite | undefined => {
    const name = providerNameOf(flag, config)
    if (name === undefined) return undefined
    // Settings (and the API key check) are resolved here, before generate writes anything.
    const settings = providerSettings(name, config, env, { model, baseUrl, sdkMaxRetries, requireKey: rest.mode === 'write' || rest.mode === undefined })
    return (file, baseline, context) => rewriteWith(settings, file, baseline, context)
  }
  const rewriteWith = async (settings: ProviderSettings, file: PlannedFile, baseline: BaselineFile, context: RewriteContext) => {
    const redactor = createRedactor({ ...context.config.redaction, ...(context.config.secret === undefined ? {} : { secret: context.config.secret }) })
    if (context.mode === 'dry-run') {
      if (!printedSettings) {
        printedSettings = true
        for (const line of describeSettings(settings, context.config, env)) print(line)
      }
      const prompt = await promptFor(file, baseline, context.config.rootDir, redactor)
      printPrompt(print, context, file, prompt)
      return { file, fallback: false }
    }
    providerPromise ??= createProvider(settings)
    const provider = await providerPromise
    if (provider === undefined) return { file, fallback: false }
    const outcome = await rewriteFile(file, baseline, {
      provider,
      redactor,
      rootDir: context.config.rootDir,
      maxRetries: context.config.codegen.maxRetries,
      vitestTimeoutMs: Math.max(60_000, context.config.codegen.timeoutMs),
      log,
    })
    if (outcome.fallback) {
      log(`  ${displayPath(context.config.rootDir, file.path)}: kept the template (${firstLine(outcome.reason ?? '')})`)
    }
    return outcome
  }
  // Fail fast (before any file is touched) on a bad provider name.
  if (flag !== undefined) parseProviderName(flag)
  return generate({ ...rest, rewriter })
}

function providerNameOf(flag: string | undefined, config: ResolvedConfig): ProviderName | undefined {
  const name = flag ?? config.codegen.provider
  return name === undefined ? undefined : parseProviderName(name)
}

function providerSettings(
  name: ProviderName,
  config: ResolvedConfig,
  env: NodeJS.ProcessEnv,
  flags: { model: string | undefined; baseUrl: string | undefined; sdkMaxRetries: number; requireKey: boolean },
): ProviderSettings {
  return {
    name,
    model: flags.model ?? config.codegen.model ?? DEFAULT_MODELS[name],
    // Flag, then config; otherwise the SDK reads its own env var (ANTHROPIC_BASE_URL / OPENAI_BASE_URL).
    baseUrl: flags.baseUrl ?? config.codegen.baseUrl ?? undefined,
    apiKey: flags.requireKey ? apiKeyFor(name, env) : '',
    timeoutMs: config.codegen.timeoutMs,
    sdkMaxRetries: flags.sdkMaxRetries,
  }
}

async function createProvider(settings: ProviderSettings): Promise<Provider> {
  return settings.name === 'anthropic' ? createAnthropicProvider(settings) : createOpenAIProvider(settings)
}

function describeSettings(settings: ProviderSettings, config: ResolvedConfig, env: NodeJS.ProcessEnv): string[] {
  const baseUrl = settings.baseUrl ?? env[BASE_URL_ENV[settings.name]] ?? '(SDK default)'
  return [
    `provider: ${settings.name}`,
    `model: ${settings.model}`,
    `base URL: ${baseUrl}`,
    `API key: ${env[API_KEY_ENV[settings.name]] ? `${API_KEY_ENV[settings.name]} is set` : `${API_KEY_ENV[settings.name]} is NOT set`}`,
    `timeout per request: ${settings.timeoutMs} ms, SDK retries: ${settings.sdkMaxRetries}, answer retries: ${config.codegen.maxRetries}`,
    'dry run: nothing is sent and nothing is written.',
  ]
}

function printPrompt(
  print: (line: string) => void,
  context: RewriteContext,
  file: PlannedFile,
  prompt: { system: string; user: string },
): void {
  print('')
  print(`===== prompt for ${displayPath(context.config.rootDir, file.path)} =====`)
  print('--- system ---')
  print(prompt.system)
  print('--- user ---')
  print(prompt.user)
}

function firstLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  return lines.find((l) => !l.trimEnd().endsWith(':')) ?? lines[0] ?? ''
}
