package dev.wwegen.verify.input;

import dev.wwegen.dsl.check.Finding;
import dev.wwegen.verify.model.Resource;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.List;

/**
 * Everything read from the command line's inputs.
 *
 * @param sources     the texts read, in order
 * @param resources   the objects found in them, with List kinds expanded and empty documents dropped
 * @param findings    parse-layer findings (syntax, duplicate keys, documents that are not objects)
 * @param unreadable  inputs that could not be read at all (missing path, I/O error, chart that does not
 *                    render): exit 2
 */
public record Inputs(List<Source> sources, List<Resource> resources, List<ValidationFinding> findings,
                     List<Finding> unreadable) {

    public Inputs {
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
    }
}
