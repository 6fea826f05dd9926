package dev.wwegen.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One streaming pass over the OpenAPI document that records where each definition's text is and
 * which group/version/kind it serves, without building any tree.
 *
 * <p>Most of the 6.4 MB are descriptions of types a manifest never uses, so definitions are only
 * located here (byte offsets) and parsed later, on first use, by {@link KubernetesSchema}.
 */
final class DefinitionIndex {

    /** Where a definition's JSON object starts (inclusive) and ends (exclusive) in the document. */
    record Span(int start, int end) {
    }

    final Map<String, Span> spans = new HashMap<>(4096);
    final Map<GroupVersionKind, String> kinds = new TreeMap<>();
    /** Kinds the bundle describes but Kubernetes 1.34 no longer serves, for older target versions. */
    final Map<GroupVersionKind, String> removedKinds = new TreeMap<>();

    static DefinitionIndex scan(byte[] json) throws IOException {
        DefinitionIndex index = new DefinitionIndex();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("definitions")) {
                    index.readDefinitions(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return index;
    }

    private void readDefinitions(JsonParser parser) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            int start = (int) parser.currentTokenLocation().getByteOffset();
            Map<String, String> info = readFabric8Info(parser);
            int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
            spans.put(name, new Span(start, end));
            String type = info.getOrDefault("Type", "");
            // "object" and "list" are top-level resources; "nested" are parts of them.
            if (type.equals("object") || type.equals("list")) {
                var gvk = new GroupVersionKind(group(name, info.get("Group")), info.get("Version"), info.get("Kind"));
                (RemovedApis.isRemoved(gvk) ? removedKinds : kinds).putIfAbsent(gvk, name);
            }
        }
    }

    /**
     * fabric8 writes Group "" not only for core but also for apps, autoscaling, batch, policy and
     * extensions (the groups without a dot); the definition name {@code io.k8s.api.<group>.<version>.<Kind>}
     * still says which one it is.
     */
    static String group(String definition, String declared) {
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        String[] parts = definition.split("\\.");
        boolean kubernetesApi = parts.length == 6 && definition.startsWith("io.k8s.api.");
        return kubernetesApi && !parts[3].equals("core") ? parts[3] : "";
    }

    /** Reads the {@code x-fabric8-info} member of the current definition and skips everything else. */
    private static Map<String, String> readFabric8Info(JsonParser parser) throws IOException {
        Map<String, String> info = new HashMap<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("x-fabric8-info") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    info.put(key, parser.getValueAsString());
                    parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
        }
        return info;
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw new IOException("unexpected OpenAPI structure: got " + actual + ", want " + wanted);
        }
    }
}
