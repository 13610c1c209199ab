import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { forgetValidatedBaselineFile } from './validated-files.js'

/**
 * Writes `text` so that a reader sees either the old file or the new one, never half of it,
 * even across a crash: temp file in the same directory (same file system, so rename is atomic),
 * fsync, rename over the target, fsync the directory so the rename itself is durable.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  // Whatever this process cached of the file is stale from now on (also if the write fails half-way).
  forgetValidatedBaselineFile(file)
  const dir = path.dirname(file)
  await mkdir(dir, { recursive: true })
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  } finally {
    // A read that started during the write may have cached the old content: drop it again.
    forgetValidatedBaselineFile(file)
  }
  await syncDirectory(dir)
}

async function syncDirectory(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there the rename is as durable as it gets.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Leftover temp files from a crashed writer: never baseline files, ignored by readers. */
export const isTempFile = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp')
