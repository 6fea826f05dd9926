package dev.wwegen.verify.routes;

import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.expr.CheckedExpr;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;

/**
 * Compiles and type-checks a rule's CEL expression over {@code self} (dynamic), with the standard macros and
 * the strings extension the API server also offers. Its own class so that a run that reads the rules the
 * build compiled (see {@link PrecomputedRoutes}) never loads the compiler.
 */
final class RuleCompiler {

    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS).addLibraries(CelExtensions.strings())
            .addVar("self", SimpleType.DYN).build();

    private RuleCompiler() {
    }

    static CelRule compile(String path, String expression, String message) {
        CheckedExpr checked;
        try {
            checked = CelProtoAbstractSyntaxTree.fromCelAst(COMPILER.compile(expression).getAst()).toCheckedExpr();
        } catch (CelValidationException e) {
            throw new IllegalStateException("CEL rule at " + path + " does not compile: " + expression, e);
        }
        return new CelRule(path, expression, message, checked);
    }
}
