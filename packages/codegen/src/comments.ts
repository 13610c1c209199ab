import ts from 'typescript'

/** Attaches `// line` comments above a node (the printer writes them; we never splice text). */
export function withComments<T extends ts.Node>(node: T, lines: readonly string[]): T {
  for (const line of lines) {
    ts.addSyntheticLeadingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, line === '' ? '' : ` ${line}`, true)
  }
  return node
}
