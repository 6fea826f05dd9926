package dev.wwegen.verify.policy;

import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ResourceSet;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.function.Consumer;

/** A rule about each pod template of the input (workloads and bare Pods), one at a time. */
abstract class PodRule implements PolicyRule {

    @Override
    public final void check(ResourceSet set, PolicyOptions options, Consumer<ValidationFinding> findings) {
        for (PodTemplate pods : set.podTemplates()) {
            check(pods, findings);
        }
    }

    abstract void check(PodTemplate pods, Consumer<ValidationFinding> findings);

    /** {@code container `wwe`} or {@code init container `setup`}, for messages. */
    static String describe(PodTemplate.Container container) {
        return (container.pointer().contains("/initContainers/") ? "init container `" : "container `")
                + container.name() + "`";
    }
}
