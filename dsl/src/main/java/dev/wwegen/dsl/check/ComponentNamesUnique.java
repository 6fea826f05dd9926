package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Connections and profiles refer to components by name, so no two components share one. */
public final class ComponentNamesUnique implements Rule {

    @Override
    public String id() {
        return "component-names-unique";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Component> seen = new HashMap<>();
        for (Component component : architecture.components()) {
            Component first = seen.putIfAbsent(component.name(), component);
            if (first != null) {
                findings.add(Finding.error(Rule.where(architecture), "components[" + component.name() + "]",
                        "name \"" + component.name() + "\" is used by " + describe(first) + " and "
                                + describe(component), "rename one of them"));
            }
        }
        return findings;
    }

    private static String describe(Component component) {
        return component.getClass().getSimpleName() + " \"" + component.label() + "\"";
    }
}
