import { readFile } from 'node:fs/promises'
import ts from 'typescript'

/**
 * The names a module exports, read from its source with the TypeScript parser (no type
 * checking, no execution). `undefined` when the source cannot be read or re-exports another
 * module wholesale (`export * from`): then nothing can be ruled out.
 */
export async function moduleExports(file: string): Promise<ReadonlySet<string> | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : exportedNames(text, file)
}

export function exportedNames(text: string, file = 'module.ts'): ReadonlySet<string> | undefined {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false)
  const names = new Set<string>()
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause === undefined) return undefined
      if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) names.add(element.name.text)
      }
      continue
    }
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (!exported) continue
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text)
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name !== undefined) {
      names.add(statement.name.text)
    }
  }
  return names
}
