package dev.wwegen.api;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.dsl.model.Architecture;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of loading a model: the architecture, or the findings that stopped it (compile errors,
 * no entry point, an exception thrown while building).
 *
 * @param architecture present when the model was built
 * @param findings     what went wrong; errors when {@code architecture} is empty
 * @param sources      how to name the source of a call site: {@code src/Estate.java} for class
 *                     {@code com.example.Estate}; used to locate model-rule findings
 */
public record ModelLoad(Optional<Architecture> architecture, List<Finding> findings,
                        Function<String, Optional<String>> sources) {

    /**
     * @param architecture present when the model was built
     * @param findings     what went wrong
     * @param sources      class name → the source file that declared it
     */
    public ModelLoad {
        findings = List.copyOf(findings);
    }

    /**
     * @return true when the architecture was built
     */
    public boolean ok() {
        return architecture.isPresent();
    }

    static ModelLoad failed(List<Finding> findings) {
        return new ModelLoad(Optional.empty(), findings, name -> Optional.empty());
    }
}
