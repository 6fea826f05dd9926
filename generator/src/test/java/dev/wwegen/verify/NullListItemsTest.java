package dev.wwegen.verify;

import dev.wwegen.verify.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A null list item: the API server rejects it in a custom resource ("must be of type object") unless the CRD
 * declares the items nullable, and decodes it as an empty value in a built-in kind. kubeconform reports the first
 * as "got null, want object" too.
 */
class NullListItemsTest {

    private static final String WIDGETS = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        properties:
                          parts: {type: array, items: {type: object, properties: {name: {type: string}}}}
                          tags: {type: array, items: {type: string}}
                          notes: {type: array, items: {type: string, nullable: true}}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w, namespace: wwe}
            spec:
              parts: [{name: a}, null]
              tags: [null, b]
              notes: [null]
            """;

    /** Schema-layer findings as "pointer: reason". */
    private static List<String> schema(String yaml) {
        return Fixture.of("in.yaml", yaml).validate().stream().filter(f -> f.layer() == Layer.SCHEMA && f.isError())
                .map(f -> f.finding().path() + ": " + f.finding().reason()).toList();
    }

    @Test
    void aCustomResourcesNullItemIsRejectedUnlessItsItemsAreNullable() {
        assertThat(schema(WIDGETS)).containsExactly("/spec/parts/1: got null, want object",
                "/spec/tags/0: got null, want string");
    }

    @Test
    void aBuiltInKindsNullItemIsLeftToItsRequiredFieldsAsTheApiServerDecodesItAsEmpty() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d, namespace: wwe}
                spec:
                  selector: {matchLabels: {app: d}}
                  template:
                    metadata: {labels: {app: d}}
                    spec:
                      containers:
                      - {name: c, image: "nginx:1.27", args: [null]}
                """;
        assertThat(schema(deployment)).isEmpty();
    }
}
