package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.expr.CheckedExpr;
import dev.cel.extensions.CelExtensions;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.wwegen.dsl.check.Finding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One {@code x-kubernetes-validations} rule: a CEL expression over {@code self} at a field path, compiled
 * and type-checked with cel-java ({@code dev.cel:cel}, see {@link RuleCompiler}) and evaluated on every node
 * at the path, after defaults. The rule is made from the checked expression, so the build compiles it once
 * (see {@link PrecomputedRoutes}) and a run only makes the program. As on the API server, an object's field
 * names are escaped where they are CEL keywords ({@code namespace} is {@code __namespace__}), and a rule
 * whose evaluation fails (a field it reads is absent) rejects the object. A value seen before is not evaluated
 * again ({@link CelOutcomes}). The runtime is cel-java's planner, which evaluates these rules faster than its
 * legacy interpreter; where it fails, the legacy one evaluates again (see {@link #evaluate}).
 */
final class CelRule {

    private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder()
            .addLibraries(CelExtensions.strings()).build();
    /** CEL's reserved words, escaped as {@code __word__} when they name a field (Kubernetes' rule). */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "in", "as", "break", "const",
            "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return",
            "var", "void", "while");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final String path;
    private final String expression;
    private final String message;
    /** The checked expression as the build stored it, parsed on first use; null for a rule compiled in this run. */
    private final byte[] stored;
    private volatile CheckedExpr checked;
    private volatile CelRuntime.Program program;
    private volatile CelRuntime.Program legacy;
    private volatile SchemaAtPath schemaAtPath;
    /** What the program gave for the values seen so far (it is a pure function of them). */
    private final CelOutcomes outcomes = new CelOutcomes();

    /**
     * @param checked the expression compiled and type-checked by {@link RuleCompiler} (with the same
     *                libraries as the runtime here)
     */
    CelRule(String path, String expression, String message, CheckedExpr checked) {
        this(path, expression, message, checked, null);
    }

    private CelRule(String path, String expression, String message, CheckedExpr checked, byte[] stored) {
        this.path = path;
        this.expression = expression;
        this.message = message;
        this.checked = checked;
        this.stored = stored;
    }

    /**
     * A rule as the build stored it ({@link PrecomputedRoutes}): its checked expression is parsed, and its program
     * made, when a node first meets it. Most of a kind's rules meet none in a given run: wwegen's HTTPRoute reaches
     * 20 of HTTPRoute's 77, its redirect route 36.
     */
    static CelRule stored(String path, String expression, String message, byte[] checked) {
        return new CelRule(path, expression, message, null, checked);
    }

    String path() {
        return path;
    }

    String expression() {
        return expression;
    }

    String message() {
        return message;
    }

    /** The number of values whose outcome is kept. */
    int outcomesKept() {
        return outcomes.size();
    }

    /** The checked expression the program is made from. */
    CheckedExpr checked() {
        CheckedExpr parsed = checked;
        if (parsed == null) {
            try {
                parsed = CheckedExpr.parseFrom(stored);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("CEL rule at " + path + " is stored damaged: " + expression, e);
            }
            checked = parsed;
        }
        return parsed;
    }

    /**
     * Evaluates the rule on every node at its path of the (defaulted) object.
     *
     * @param object the object's nodes by path
     * @param schema the kind's structural schema, which tells object fields (escaped) from map keys (not)
     */
    void check(ObjectPaths object, JsonNode schema, String where, Consumer<Finding> findings) {
        List<Located> nodes = object.find(path);
        List<Object> values = object.celValues(path, schemaAt(schema));
        for (int i = 0; i < nodes.size(); i++) {
            if (values.get(i) == null) {
                // A null (a list item written as null): the API server's CEL validator passes over it, as here.
                continue;
            }
            Object outcome = outcomes.of(values.get(i), this::evaluate);
            if (outcome instanceof Failed failed) {
                findings.accept(Finding.error(where, pointer(nodes.get(i)), message + " (the rule failed: "
                                + failed.reason() + ")",
                        "the API server rejects this too; set the fields the rule reads (rule: " + expression + ")"));
            } else if (outcome != Boolean.TRUE) {
                findings.accept(Finding.error(where, pointer(nodes.get(i)), message,
                        "the API server rejects this (rule: " + expression + ")"));
            }
        }
    }

    /**
     * The rule on one value (see {@link #outcome}). Where the planner fails, the legacy runtime evaluates again and
     * its outcome stands: cel-java 0.14.0's planner reports a missing field read in a condition after {@code &&} as
     * an internal "Expected boolean value, found ErrorValue{...}" where the legacy runtime says which key is
     * missing (CelPlannerParityTest holds the two to the same outcomes). Failures are rare: only broken objects.
     */
    Object evaluate(Object self) {
        Object outcome = outcome(program(), self);
        return outcome instanceof Failed ? outcome(legacy(), self) : outcome;
    }

    private CelRuntime.Program legacy() {
        CelRuntime.Program made = legacy;
        if (made == null) {
            made = plan(Legacy.RUNTIME);
            legacy = made;
        }
        return made;
    }

    /** Whether the program is made yet. */
    boolean planned() {
        return program != null;
    }

    /** The program this rule evaluates with (cel-java's planner), made on first use. */
    CelRuntime.Program program() {
        CelRuntime.Program made = program;
        if (made == null) {
            made = plan(RUNTIME);
            program = made;
        }
        return made;
    }

    private CelRuntime.Program plan(CelRuntime runtime) {
        try {
            CelAbstractSyntaxTree ast = CelProtoAbstractSyntaxTree.fromCheckedExpr(checked()).getAst();
            return runtime.createProgram(ast);
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("CEL rule at " + path + " does not compile: " + expression, e);
        }
    }

    /**
     * What {@code program} gives on one value: {@code TRUE} if the rule holds, {@code FALSE} if not, or why its
     * evaluation failed.
     */
    static Object outcome(CelRuntime.Program program, Object self) {
        try {
            return Boolean.TRUE.equals(program.eval(Map.of("self", self))) ? Boolean.TRUE : Boolean.FALSE;
        } catch (CelEvaluationException e) {
            return new Failed(e.getMessage().replaceFirst("^evaluation error( at \\S+)?: ", "")
                    .replaceFirst("\\.$", ""));
        }
    }

    /** An evaluation that failed (a field the rule reads is absent), and why. */
    record Failed(String reason) {
    }

    private static String pointer(Located node) {
        String pointer = node.pointer();
        return pointer.isEmpty() ? "/" : pointer;
    }

    /** The schema at this rule's path in {@code schema}, found once per kind schema. */
    private JsonNode schemaAt(JsonNode schema) {
        SchemaAtPath found = schemaAtPath;
        if (found == null || found.schema() != schema) {
            found = new SchemaAtPath(schema, schemaAt(schema, path));
            schemaAtPath = found;
        }
        return found.at();
    }

    /**
     * What evaluates again where the planner fails (it names the missing key, as the planner does not always); built
     * on the first failure only.
     */
    private static final class Legacy {
        static final CelRuntime RUNTIME = CelRuntimeFactory.legacyCelRuntimeBuilder()
                .addLibraries(CelExtensions.strings()).build();
    }

    private record SchemaAtPath(JsonNode schema, JsonNode at) {
    }

    /** The schema node at a dotted path with {@code []} for list items; a missing node if the schema has none. */
    static JsonNode schemaAt(JsonNode schema, String path) {
        JsonNode node = schema;
        if (path.isEmpty()) {
            return node;
        }
        for (String segment : path.split("\\.")) {
            boolean list = segment.endsWith("[]");
            String name = list ? segment.substring(0, segment.length() - 2) : segment;
            node = node.path("properties").path(name);
            if (list) {
                node = node.path("items");
            }
        }
        return node;
    }

    /** Kubernetes' escaping of a field name for CEL: keywords as __word__, and __ . - / spelled out. */
    static String escape(String name) {
        if (RESERVED.contains(name)) {
            return "__" + name + "__";
        }
        if (IDENTIFIER.matcher(name).matches() && !name.contains("__")) {
            return name;
        }
        return name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__")
                .replace("/", "__slash__");
    }
}
