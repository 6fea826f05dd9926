package dev.wwegen.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A profile's values file: only what differs from the chart's values.yaml, with Helm's merge rules in
 * mind. Maps merge key by key, so they are compared key by key; lists and scalars replace, so they are
 * kept whole; a key the profile lacks is written as {@code null}, which makes Helm drop the default
 * (OpenShift leaves {@code podSecurityContext.runAsUser} to the platform that way).
 */
final class ValuesDiff {

    private ValuesDiff() {
    }

    static Map<String, Object> of(Map<String, Object> defaults, Map<String, Object> profile) {
        Map<String, Object> diff = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : profile.entrySet()) {
            Object base = defaults.get(entry.getKey());
            Object value = entry.getValue();
            if (base instanceof Map<?, ?> baseMap && value instanceof Map<?, ?> valueMap && !baseMap.isEmpty()) {
                Map<String, Object> inner = of(cast(baseMap), cast(valueMap));
                if (!inner.isEmpty()) {
                    diff.put(entry.getKey(), inner);
                }
            } else if (!defaults.containsKey(entry.getKey()) || !Objects.equals(base, value)) {
                diff.put(entry.getKey(), value);
            }
        }
        for (String key : defaults.keySet()) {
            if (!profile.containsKey(key)) {
                diff.put(key, null);
            }
        }
        return diff;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
