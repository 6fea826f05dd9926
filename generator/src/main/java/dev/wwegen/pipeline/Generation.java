package dev.wwegen.pipeline;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.resolve.Release;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of generating one profile.
 *
 * @param profile        the profile's name
 * @param release        present when the input was good
 * @param objects        rendered objects, in install order; empty when the input was bad
 * @param inputFindings  problems in the profile or its fit to the model (exit 2 when any is an error)
 * @param outputFindings problems in what was rendered (exit 1 when any is an error)
 */
public record Generation(String profile, Optional<Release> release, List<RenderedObject> objects,
                         List<Finding> inputFindings, List<Finding> outputFindings) {

    public Generation {
        objects = List.copyOf(objects);
        inputFindings = List.copyOf(inputFindings);
        outputFindings = List.copyOf(outputFindings);
    }

    /** The same outcome without the rendered objects, once their files are made (keeps a fleet's memory flat). */
    public Generation withoutObjects() {
        return new Generation(profile, release, List.of(), inputFindings, outputFindings);
    }

    public boolean inputOk() {
        return release.isPresent() && inputFindings.stream().noneMatch(Finding::isError);
    }

    public boolean outputOk() {
        return outputFindings.stream().noneMatch(Finding::isError);
    }
}
