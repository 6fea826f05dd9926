package dev.wwegen.api;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.check.ModelCheck;
import dev.wwegen.dsl.check.Rule;
import dev.wwegen.dsl.internal.CallSite;
import dev.wwegen.dsl.internal.CallSites;
import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Connection;
import dev.wwegen.dsl.model.WebApp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model rules, with each finding moved from {@code model NAME} to the {@code File.java:line} where the
 * offending DSL call was made, and named by its rule. The finding's path (e.g.
 * {@code components[wwe].ports[http].number}) picks the DSL object; the object's call site (recorded by
 * the DSL when it was made) gives the line.
 */
public final class ModelFindings {

    private ModelFindings() {
    }

    /**
     * Runs every model rule.
     *
     * @param architecture the model
     * @param sources      class name → source file to print (e.g. {@code models/Estate.java}); empty
     *                     falls back to the package path and file name
     * @return findings sorted by file, then line (as a number), then as {@link Finding#ORDER}; each names its
     *         rule in the reason
     */
    public static List<Finding> check(Architecture architecture, Function<String, Optional<String>> sources) {
        List<Finding> located = new ArrayList<>();
        for (Rule rule : ModelCheck.rules()) {
            for (Finding f : rule.check(architecture)) {
                String where = site(architecture, f.path()).map(s -> name(s, sources)).orElse(f.where());
                located.add(new Finding(f.severity(), where, f.path(), f.reason() + " [rule " + rule.id() + "]",
                        f.hint()));
            }
        }
        return located.stream().sorted(BY_LINE.thenComparing(Finding.ORDER)).toList();
    }

    /** {@code Estate.java:8} before {@code Estate.java:18}. */
    private static final java.util.Comparator<Finding> BY_LINE = java.util.Comparator
            .comparing((Finding f) -> f.where().replaceAll(":\\d+$", ""))
            .thenComparingInt(f -> f.where().matches(".*:\\d+$")
                    ? Integer.parseInt(f.where().substring(f.where().lastIndexOf(':') + 1)) : 0);

    /** The call site of the DSL object a finding's path points at, else of the architecture. */
    static Optional<CallSite> site(Architecture architecture, String path) {
        return CallSites.of(object(architecture, path)).or(() -> CallSites.of(architecture));
    }

    static Object object(Architecture architecture, String path) {
        if (path.startsWith("components[")) {
            String name = bracket(path, "components[");
            String rest = path.substring(path.indexOf(']') + 1);
            Component component = null;
            for (Component c : architecture.components()) {
                if (c.name().equals(name)) {
                    component = c; // the last one: for a duplicate, the second declaration
                }
            }
            if (component == null) {
                return architecture;
            }
            if (rest.startsWith(".ports[")) {
                String port = bracket(rest, ".ports[");
                return component.ports().stream().filter(p -> p.name().equals(port)).reduce((a, b) -> b)
                        .<Object>map(p -> p).orElse(component);
            }
            if (component instanceof WebApp app) {
                if (rest.startsWith(".image")) {
                    return app.image();
                }
                if (rest.startsWith(".readiness")) {
                    return app.readiness();
                }
                if (rest.startsWith(".liveness")) {
                    return app.liveness();
                }
            }
            return component;
        }
        if (path.startsWith("connections[")) {
            String number = bracket(path, "connections[");
            Connection found = null;
            for (Connection c : architecture.connections()) {
                if (String.valueOf(c.number()).equals(number)) {
                    found = c; // the last one: for a duplicate number, the second connection
                }
            }
            return found != null ? found : architecture.gateway().<Object>map(g -> g).orElse(architecture);
        }
        if (path.startsWith("gateway")) {
            return architecture.gateway().<Object>map(g -> g).orElse(architecture);
        }
        return architecture;
    }

    private static String bracket(String path, String prefix) {
        int end = path.indexOf(']', prefix.length());
        return end < 0 ? "" : path.substring(prefix.length(), end);
    }

    private static String name(CallSite site, Function<String, Optional<String>> sources) {
        String top = site.className().contains("$")
                ? site.className().substring(0, site.className().indexOf('$')) : site.className();
        String file = sources.apply(top).orElseGet(() -> {
            int dot = top.lastIndexOf('.');
            String pkg = dot < 0 ? "" : top.substring(0, dot).replace('.', '/') + "/";
            return pkg + (site.fileName().isEmpty() ? top.substring(dot + 1) + ".java" : site.fileName());
        });
        return file + (site.line() > 0 ? ":" + site.line() : "");
    }
}
