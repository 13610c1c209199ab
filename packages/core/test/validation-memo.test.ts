import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { baselineFileStamp, forgetValidatedBaselineFile, readValidatedBaselineFile, readValidatedBaselineFileSync, serializeBaselineFile, ShadowtestError } from '../src/index.js'
import { CACHE_DIR_ENV, coreIdentity, resetValidationMemo, validatedBefore } from '../src/store/validation-memo.js'
import { baselineFile, scenario, tempDir } from './fixtures/baseline-factory.js'

// A baseline file validated completely once, and unchanged since (settled stamp: last changed
// ≥ 3 s before the read), needs only JSON.parse in the next process that reads it. Here "the next
// process" is this one after forgetting what it cached in memory and loaded of the memo.
const SETTLED_MS = 3000

let root: string
let cleanup: () => Promise<void>
let cacheDir: string
const previousEnv = process.env[CACHE_DIR_ENV]
const text = (id: string, n = 3) =>
  serializeBaselineFile(baselineFile(id, Array.from({ length: n }, (_, i) => scenario(id, [i], { total: i * 2 }))))
const files: Record<string, string> = {}

beforeAll(async () => {
  ;({ dir: root, cleanup } = await tempDir('shadowtest-memo-'))
  cacheDir = path.join(root, 'cache')
  // Files written now are settled once SETTLED_MS have passed: written once, for every test below.
  for (const name of ['kept', 'edited', 'replaced', 'other-core', 'other-core-2', 'corrupt', 'unsafe', 'off']) {
    files[name] = path.join(root, `${name}.baseline.json`)
    writeFileSync(files[name]!, text(`memo.${name}`))
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200))
}, 10_000)

afterEach(() => {
  process.env[CACHE_DIR_ENV] = cacheDir
  resetValidationMemo()
})
afterAll(async () => {
  if (previousEnv === undefined) delete process.env[CACHE_DIR_ENV]
  else process.env[CACHE_DIR_ENV] = previousEnv
  resetValidationMemo()
  await cleanup()
})

/** A read as a new process makes it: nothing of the file in memory, the memo loaded again. */
function freshRead(file: string) {
  forgetValidatedBaselineFile(file)
  resetValidationMemo()
  return readValidatedBaselineFileSync(file)
}

const stampOf = (file: string) => baselineFileStamp(statSync(file))

describe('validation memo', () => {
  it('remembers a settled file after its first full validation; the next reader gets the same file from JSON.parse alone', async () => {
    process.env[CACHE_DIR_ENV] = cacheDir
    const file = files.kept!
    expect(validatedBefore(file, stampOf(file))).toBe(false)
    const first = freshRead(file)
    expect(validatedBefore(file, stampOf(file))).toBe(true)
    const memo = JSON.parse(readFileSync(path.join(cacheDir, 'validated-baselines.json'), 'utf8'))
    expect(memo).toEqual({ v: 2, builds: { [coreIdentity()]: { [file]: stampOf(file) } } })
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700)

    const again = freshRead(file)
    expect(again?.file).toStrictEqual(first?.file)
    forgetValidatedBaselineFile(file)
    resetValidationMemo()
    expect((await readValidatedBaselineFile(file))?.file).toStrictEqual(first?.file)
  })

  it('a file changed in place after it was remembered is validated again: a broken edit fails with its error', () => {
    process.env[CACHE_DIR_ENV] = cacheDir
    const file = files.edited!
    freshRead(file)
    expect(validatedBefore(file, stampOf(file))).toBe(true)
    // Same inode, same size: only mtime / ctime tell the difference.
    const broken = readFileSync(file, 'utf8').replace('"schemaVersion": 2', '"schemaVersion": 9')
    expect(broken.length).toBe(readFileSync(file, 'utf8').length)
    writeFileSync(file, broken)
    expect(() => freshRead(file)).toThrow(ShadowtestError)
    expect(() => freshRead(file)).toThrow(/schemaVersion 9/)
  })

  it('a file replaced by another (an atomic write: new inode) is validated again', () => {
    process.env[CACHE_DIR_ENV] = cacheDir
    const file = files.replaced!
    freshRead(file)
    const next = `${file}.next`
    writeFileSync(next, readFileSync(file, 'utf8').replace('"memo.replaced"', '"memo.REPLACED"'))
    renameSync(next, file)
    // The id check sees that the scenario ids do not belong to this function id any more.
    expect(() => freshRead(file)).toThrow(ShadowtestError)
  })

  it('a file written moments ago is not remembered (its stamp could still be shared by a same-size rewrite)', () => {
    process.env[CACHE_DIR_ENV] = cacheDir
    const file = path.join(root, 'fresh.baseline.json')
    writeFileSync(file, text('memo.fresh'))
    expect(freshRead(file)?.file.function.id).toBe('memo.fresh')
    expect(validatedBefore(file, stampOf(file))).toBe(false)
  })

  it("entries of another core build are not trusted, and the two builds keep each other's entries", () => {
    const dir = path.join(root, 'cache-other-core')
    process.env[CACHE_DIR_ENV] = dir
    const file = files['other-core']!
    freshRead(file)
    expect(validatedBefore(file, stampOf(file))).toBe(true)
    // Another checkout or version of core remembered the file: this build validates it itself.
    const memoFile = path.join(dir, 'validated-baselines.json')
    const other = { [file]: stampOf(file) }
    writeFileSync(memoFile, JSON.stringify({ v: 2, builds: { 'another-build': other } }))
    resetValidationMemo()
    expect(validatedBefore(file, stampOf(file))).toBe(false)
    // Remembering for this build keeps the other build's entries.
    freshRead(file)
    freshRead(files['other-core-2']!)
    const memo = JSON.parse(readFileSync(memoFile, 'utf8'))
    expect(memo.builds['another-build']).toEqual(other)
    expect(memo.builds[coreIdentity()]).toEqual({ [file]: stampOf(file), [files['other-core-2']!]: stampOf(files['other-core-2']!) })
  })

  it('a corrupt memo file counts as empty and is replaced by the next write', () => {
    const dir = path.join(root, 'cache-corrupt')
    process.env[CACHE_DIR_ENV] = dir
    const file = files.corrupt!
    freshRead(files.kept!) // creates the folder
    const memoFile = path.join(dir, 'validated-baselines.json')
    writeFileSync(memoFile, '{"v":2,')
    resetValidationMemo()
    expect(validatedBefore(file, stampOf(file))).toBe(false)
    expect(freshRead(file)?.file.function.id).toBe('memo.corrupt')
    expect(JSON.parse(readFileSync(memoFile, 'utf8'))).toEqual({ v: 2, builds: { [coreIdentity()]: { [file]: stampOf(file) } } })
    resetValidationMemo()
    expect(validatedBefore(file, stampOf(file))).toBe(true)
  })

  it('a cache folder others can write to is not used; SHADOWTEST_CACHE_DIR=off writes nothing', () => {
    const shared = path.join(root, 'cache-shared')
    process.env[CACHE_DIR_ENV] = shared
    freshRead(files.unsafe!) // creates the folder (0700) and remembers the file
    chmodSync(shared, 0o777)
    resetValidationMemo()
    expect(validatedBefore(files.unsafe!, stampOf(files.unsafe!))).toBe(false)

    const off = path.join(root, 'cache-off')
    process.env[CACHE_DIR_ENV] = 'off'
    expect(freshRead(files.off!)?.file.function.id).toBe('memo.off')
    expect(validatedBefore(files.off!, stampOf(files.off!))).toBe(false)
    expect(existsSync(off)).toBe(false)
    expect(existsSync(path.join(process.cwd(), 'off'))).toBe(false)
  })
})
