package dev.wwegen.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wwegen.dsl.check.Finding;
import dev.wwegen.render.RenderedObject;
import dev.wwegen.verify.SchemaValidator;

import java.util.ArrayList;
import java.util.List;

/** Checks rendered objects before anything is written: strict Kubernetes schema, offline. */
final class ManifestVerifier {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final SchemaValidator schema = new SchemaValidator();

    List<Finding> verify(String folder, List<RenderedObject> objects) {
        List<Finding> findings = new ArrayList<>();
        for (RenderedObject object : objects) {
            findings.addAll(schema.validate(MAPPER.valueToTree(object.tree()), folder + "/" + object.fileName()));
        }
        return findings;
    }
}
