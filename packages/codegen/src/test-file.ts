import ts from 'typescript'
import type { Encoded } from '@shadowtest/core'
import { literalOf } from './literal.js'
import { withComments } from './comments.js'

const f = ts.factory

/** One test to write: everything the template needs, already decided by the planner. */
export interface TestCase {
  scenarioId: string
  /** Unique test name within the file (the scenario label). */
  name: string
  args: readonly Encoded[]
  /** Inline the input only when it is small enough to read. */
  inline: boolean
  /** Where to find the input when it is not inlined (`scenarios.<id>.input` in the baseline file). */
  inputLocation: string
  /** Lines summarising the recorded dependencies served during replay. */
  dependencies: readonly string[]
  outcome: string
}

export interface SuiteSpec {
  header: readonly string[]
  functionId: string
  /** The name imported from the function's module (the function, or the class of a method). */
  importName: string
  /** How the captured function is reached from the import: `['quote']`, `['Billing', 'prototype', 'invoice']`. */
  target: readonly string[]
  /** Import specifier of the function's module, relative to the generated file. */
  moduleSpecifier: string
  /** Import specifier of the types file. */
  typesSpecifier: string
  inputType: string
  tests: readonly TestCase[]
}

/**
 * The generated suite as top-level statements. Built with `ts.factory` so quoting and
 * escaping are the printer's job, never ours.
 */
export function suiteStatements(spec: SuiteSpec): ts.Statement[] {
  const needsInputType = spec.tests.some((t) => t.inline && literalOfArgs(t.args) !== undefined)
  const imports: ts.Statement[] = [
    namedImport(['expect', 'test'], 'vitest'),
    namedImport(['scenarios'], '@shadowtest/matchers'),
    // Brings the `toMatchBaseline` typing (Vitest's Matchers augmentation) into this file for tsc.
    namedImport([], '@shadowtest/matchers/vitest', true),
    namedImport([spec.importName], spec.moduleSpecifier),
  ]
  if (needsInputType) imports.push(namedImport([spec.inputType], spec.typesSpecifier, true))
  withComments(imports[0]!, spec.header)

  const recorded = f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          'recorded',
          undefined,
          undefined,
          f.createNewExpression(f.createIdentifier('Map'), undefined, [
            call(f.createCallExpression(f.createIdentifier('scenarios'), undefined, [str(spec.functionId)]), 'map', [
              f.createArrowFunction(
                undefined,
                undefined,
                [f.createParameterDeclaration(undefined, undefined, 's')],
                undefined,
                undefined,
                f.createArrayLiteralExpression([
                  f.createPropertyAccessExpression(f.createIdentifier('s'), 'id'),
                  f.createIdentifier('s'),
                ]),
              ),
            ]),
          ]),
        ),
      ],
      ts.NodeFlags.Const,
    ),
  )
  return [
    ...imports,
    recorded,
    scenarioLookup(),
    ...spec.tests.map((t) => testStatement(spec, t)),
  ]
}

function scenarioLookup(): ts.Statement {
  const found = f.createIdentifier('found')
  const unknownType = f.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword)
  const value = f.createIdentifier('value')
  // JSON.stringify(input, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))
  const shown = f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('JSON'), 'stringify'), undefined, [
    f.createIdentifier('input'),
    f.createArrowFunction(
      undefined,
      undefined,
      [
        f.createParameterDeclaration(undefined, undefined, '_key'),
        f.createParameterDeclaration(undefined, undefined, value, undefined, unknownType),
      ],
      undefined,
      undefined,
      f.createParenthesizedExpression(
        f.createConditionalExpression(
          f.createBinaryExpression(f.createTypeOfExpression(value), ts.SyntaxKind.EqualsEqualsEqualsToken, str('bigint')),
          undefined,
          f.createTemplateExpression(f.createTemplateHead(''), [f.createTemplateSpan(value, f.createTemplateTail('n'))]),
          undefined,
          value,
        ),
      ),
    ),
  ])
  const declaration = f.createFunctionDeclaration(
    undefined,
    undefined,
    'scenario',
    undefined,
    [
      f.createParameterDeclaration(undefined, undefined, 'id', undefined, f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)),
      f.createParameterDeclaration(undefined, undefined, 'input', f.createToken(ts.SyntaxKind.QuestionToken), unknownType),
    ],
    undefined,
    f.createBlock(
      [
        f.createVariableStatement(
          undefined,
          f.createVariableDeclarationList(
            [f.createVariableDeclaration(found, undefined, undefined, call(f.createIdentifier('recorded'), 'get', [f.createIdentifier('id')]))],
            ts.NodeFlags.Const,
          ),
        ),
        f.createIfStatement(
          f.createBinaryExpression(found, ts.SyntaxKind.EqualsEqualsEqualsToken, f.createIdentifier('undefined')),
          f.createThrowStatement(
            f.createNewExpression(f.createIdentifier('Error'), undefined, [
              f.createTemplateExpression(f.createTemplateHead('Scenario '), [
                f.createTemplateSpan(f.createIdentifier('id'), f.createTemplateMiddle(' (input ')),
                f.createTemplateSpan(shown, f.createTemplateTail(') is not an approved scenario any more: run npx shadowtest generate')),
              ]),
            ]),
          ),
        ),
        f.createReturnStatement(found),
      ],
      true,
    ),
  )
  return withComments(declaration, [
    'The recorded scenario by id; when the baseline no longer has it, a failure that names the id and its input.',
  ])
}

function testStatement(spec: SuiteSpec, test: TestCase): ts.Statement {
  const body: ts.Statement[] = []
  const input = test.inline ? literalOfArgs(test.args) : undefined
  const s = f.createIdentifier('s')
  const lookup = f.createVariableStatement(
    undefined,
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          s,
          undefined,
          undefined,
          f.createCallExpression(f.createIdentifier('scenario'), undefined, [
            str(test.scenarioId),
            ...(input === undefined ? [] : [f.createIdentifier('input')]),
          ]),
        ),
      ],
      ts.NodeFlags.Const,
    ),
  )
  const notes = [
    ...(test.dependencies.length === 0
      ? ['Recorded dependencies: none.']
      : ['Recorded dependencies (served from the baseline during replay):', ...test.dependencies.map((d) => `  ${d}`)]),
    `Recorded outcome: ${test.outcome}`,
  ]
  if (input !== undefined) {
    body.push(
      withComments(
        f.createVariableStatement(
          undefined,
          f.createVariableDeclarationList(
            [f.createVariableDeclaration('input', undefined, f.createTypeReferenceNode(spec.inputType), input)],
            ts.NodeFlags.Const,
          ),
        ),
        [...notes, `The replay calls ${spec.target.join('.')}(...input) with these arguments (recorded, redacted):`],
      ),
    )
    body.push(lookup)
  } else {
    body.push(withComments(lookup, [...notes, `Input: see ${test.inputLocation} in the baseline file.`]))
  }
  body.push(
    f.createExpressionStatement(
      f.createAwaitExpression(
        call(
          f.createCallExpression(f.createIdentifier('expect'), undefined, [
            call(s, 'replay', [targetExpression(spec.target)]),
          ]),
          'toMatchBaseline',
          [s],
        ),
      ),
    ),
  )
  return f.createExpressionStatement(
    f.createCallExpression(f.createIdentifier('test'), undefined, [
      str(test.name),
      f.createArrowFunction(
        [f.createModifier(ts.SyntaxKind.AsyncKeyword)],
        undefined,
        [],
        undefined,
        undefined,
        f.createBlock(body, true),
      ),
    ]),
  )
}

/** The argument list as an array literal, or `undefined` when some argument has no literal form. */
export function literalOfArgs(args: readonly Encoded[]): ts.Expression | undefined {
  const elements: ts.Expression[] = []
  for (const arg of args) {
    const element = literalOf(arg)
    if (element === undefined) return undefined
    elements.push(element)
  }
  return f.createArrayLiteralExpression(elements, elements.length > 0)
}

function targetExpression(path: readonly string[]): ts.Expression {
  const [first, ...rest] = path
  return rest.reduce<ts.Expression>((object, name) => f.createPropertyAccessExpression(object, name), f.createIdentifier(first ?? ''))
}

function namedImport(names: readonly string[], from: string, typeOnly = false): ts.Statement {
  return f.createImportDeclaration(
    undefined,
    f.createImportClause(
      typeOnly ? ts.SyntaxKind.TypeKeyword : undefined,
      undefined,
      f.createNamedImports(names.map((n) => f.createImportSpecifier(false, undefined, f.createIdentifier(n)))),
    ),
    str(from),
  )
}

function call(target: ts.Expression, method: string, args: ts.Expression[]): ts.CallExpression {
  return f.createCallExpression(f.createPropertyAccessExpression(target, method), undefined, args)
}

function str(text: string): ts.StringLiteral {
  return f.createStringLiteral(text, true)
}
