import ts from 'typescript'
import * as prettier from 'prettier'
import { withComments } from './comments.js'

const f = ts.factory

// `neverAsciiEscape` (an internal printer option, stable since TS 4) keeps `é` and `…` readable
// in test names and inputs instead of `\u00e9` escapes.
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false, neverAsciiEscape: true } as ts.PrinterOptions)
const scratch = ts.createSourceFile('generated.ts', '', ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)

/** Prints top-level statements with TypeScript's printer, a blank line between each. */
export function printStatements(statements: readonly ts.Statement[], groups?: readonly number[]): string {
  const printed = statements.map((s) => printer.printNode(ts.EmitHint.Unspecified, s, scratch))
  // Imports stay together; everything else is separated by a blank line for reading.
  const out: string[] = []
  printed.forEach((text, index) => {
    const sameGroup = groups !== undefined && index > 0 && groups[index] === groups[index - 1]
    out.push(index === 0 ? text : sameGroup ? `\n${text}` : `\n\n${text}`)
  })
  return out.join('') + '\n'
}

/**
 * Prints TypeScript source produced by another generator (json-schema-to-typescript) through
 * the same printer, with `header` attached as leading comments of its first statement.
 */
export function printParsed(source: string, header: readonly string[]): string {
  const file = ts.createSourceFile('generated.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const first = file.statements[0]
  if (first === undefined) return header.map((line) => `// ${line}`).join('\n') + '\n'
  const marker = f.createNotEmittedStatement(first)
  withComments(marker, header)
  const updated = f.updateSourceFile(file, [marker, ...file.statements])
  return printer.printFile(updated)
}

/**
 * Formats generated code with prettier. The options are fixed (not read from the user's
 * prettier config) so that output is byte-identical on every machine and `--check` is
 * meaningful in CI.
 */
export async function format(source: string, file: string): Promise<string> {
  return prettier.format(source, {
    filepath: file,
    parser: 'typescript',
    semi: false,
    singleQuote: true,
    trailingComma: 'all',
    printWidth: 100,
    endOfLine: 'lf',
  })
}
