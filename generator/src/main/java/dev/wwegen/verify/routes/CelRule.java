package dev.wwegen.verify.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.wwegen.dsl.check.Finding;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@code x-kubernetes-validations} rule: a CEL expression over {@code self} at a field path, compiled
 * once with cel-java ({@code dev.cel:cel}) and evaluated on every node at the path. A rule whose fields
 * are absent where it needs them is not an error (the API server skips it, too, once defaults are applied).
 */
final class CelRule {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS).addVar("self", SimpleType.DYN).build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    private final String path;
    private final String expression;
    private final String message;
    private final Map<String, Object> defaults;
    private final CelRuntime.Program program;

    CelRule(String path, String expression, String message, Map<String, Object> defaults) {
        this.path = path;
        this.expression = expression;
        this.message = message;
        this.defaults = Map.copyOf(defaults);
        try {
            CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
            this.program = RUNTIME.createProgram(ast);
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalStateException("CEL rule at " + path + " does not compile: " + expression, e);
        }
    }

    String path() {
        return path;
    }

    String message() {
        return message;
    }

    void check(JsonNode root, String where, Consumer<Finding> findings) {
        for (Located at : Located.find(root, path)) {
            Object self = JSON.convertValue(at.node(), Object.class);
            if (self instanceof Map<?, ?> map && !defaults.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> withDefaults = new java.util.LinkedHashMap<>((Map<String, Object>) map);
                defaults.forEach(withDefaults::putIfAbsent);
                self = withDefaults;
            }
            Object result;
            try {
                result = program.eval(Map.of("self", cel(self)));
            } catch (CelEvaluationException e) {
                continue; // a field the rule reads is absent: the schema's required checks report it
            }
            if (!Boolean.TRUE.equals(result)) {
                findings.accept(Finding.error(where, at.pointer().isEmpty() ? "/" : at.pointer(), message,
                        "the API server rejects this (rule: " + expression + ")"));
            }
        }
    }

    /** JSON numbers as CEL ints (Long), everything else as is. */
    private static Object cel(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, cel(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CelRule::cel).toList();
        }
        return value;
    }
}
