package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;

import java.util.List;

/** One invariant of a model. Each rule is a class named after what it protects. */
public interface Rule {

    /**
     * Stable kebab-case id, e.g. {@code ports-in-range}, used to name the rule in output and docs.
     *
     * @return the rule's id
     */
    String id();

    /**
     * Every violation in the architecture; empty when it holds.
     *
     * @param architecture the model
     * @return its findings
     */
    List<Finding> check(Architecture architecture);

    /**
     * The {@code where} of a model finding: {@code model <name>}.
     *
     * @param architecture the model
     * @return {@code model <name>}
     */
    static String where(Architecture architecture) {
        return "model " + architecture.name();
    }
}
