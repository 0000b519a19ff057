// @ts-check
// Emits the .d.ts files of a package's build with the TypeScript compiler (esbuild only strips types),
// rewriting relative `.ts` specifiers in them to `.js`. Shared by the rollup builds of every package.
import ts from 'typescript';

/**
 * `./deck.ts` → `./deck.js` (and .mts → .mjs, .cts → .cjs, .tsx → .js), for relative specifiers only.
 * @param {string} specifier
 */
const toJsSpecifier = (specifier) =>
  /^\.\.?\//.test(specifier) && !/\.d\.[cm]?ts$/.test(specifier)
    ? specifier.replace(/\.([cm]?)tsx?$/, '.$1js')
    : specifier;

/**
 * Rewrites relative `.ts` specifiers in emitted declarations, as `rewriteRelativeImportExtensions`
 * already does in JS. TypeScript 5.7–5.9 leave them as `.ts` in .d.ts on purpose (TS itself resolves
 * them, microsoft/TypeScript#61037 is open), but other tools reading our types (IDEs, API extractors,
 * runtimes following `types`) do not. Same approach as zod's build tool (zshy): an AST transformer.
 * @type {ts.TransformerFactory<ts.SourceFile | ts.Bundle>}
 */
const rewriteDeclarationSpecifiers = (context) => {
  const { factory } = context;
  /** @param {ts.Expression} node */
  const literal = (node) =>
    ts.isStringLiteral(node) && toJsSpecifier(node.text) !== node.text
      ? factory.createStringLiteral(toJsSpecifier(node.text), true)
      : undefined;
  /** @type {ts.Visitor} */
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const spec = literal(node.moduleSpecifier);
      if (spec)
        return factory.updateImportDeclaration(
          node,
          node.modifiers,
          node.importClause,
          spec,
          node.attributes,
        );
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const spec = literal(node.moduleSpecifier);
      if (spec) {
        return factory.updateExportDeclaration(
          node,
          node.modifiers,
          node.isTypeOnly,
          node.exportClause,
          spec,
          node.attributes,
        );
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      // `import('./deck.ts').Deck`, which declaration emit writes for inferred types.
      const spec = literal(/** @type {ts.Expression} */ (node.argument.literal));
      if (spec) {
        const argument = factory.updateLiteralTypeNode(node.argument, spec);
        return factory.updateImportTypeNode(
          node,
          argument,
          node.attributes,
          node.qualifier,
          node.typeArguments,
          node.isTypeOf,
        );
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => (ts.isSourceFile(file) ? ts.visitEachChild(file, visit, context) : file);
};

/**
 * Emits dist/**\/*.d.ts with tsconfig.build.json, exactly like `tsc -p tsconfig.build.json`, plus the
 * specifier rewrite above. Type errors fail the build.
 * @returns {import('rollup').Plugin}
 */
export function declarations(configPath = 'tsconfig.build.json') {
  return {
    name: 'od:declarations',
    writeBundle() {
      const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) =>
          this.error(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      });
      if (!config) return this.error(`Cannot read ${configPath}`);
      const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
      const result = program.emit(undefined, undefined, undefined, true, {
        afterDeclarations: [rewriteDeclarationSpecifiers],
      });
      const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
      if (diagnostics.length > 0) {
        const message = ts.formatDiagnosticsWithColorAndContext(diagnostics, {
          getCanonicalFileName: (f) => f,
          getCurrentDirectory: ts.sys.getCurrentDirectory,
          getNewLine: () => ts.sys.newLine,
        });
        // An empty stack: the compiler's message says it all, rollup's stack trace would only add noise.
        this.error({ message: `${diagnostics.length} TypeScript error(s)\n${message}`, stack: '' });
      }
    },
  };
}
