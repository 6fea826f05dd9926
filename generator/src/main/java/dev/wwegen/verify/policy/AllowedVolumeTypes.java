package dev.wwegen.verify.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wwegen.verify.model.PodTemplate;
import dev.wwegen.verify.model.ValidationFinding;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Pods use only the volume types the restricted Pod Security Standard allows: configMap, csi,
 * downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret. wwegen itself renders
 * only emptyDir; the rule accepts the whole PSS list so that third-party charts are judged by the standard.
 */
public final class AllowedVolumeTypes extends PodRule {

    static final Set<String> ALLOWED = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    @Override
    public String id() {
        return "allowed-volume-types";
    }

    @Override
    public String summary() {
        return "volumes only of the types the restricted Pod Security Standard allows";
    }

    @Override
    public String peers() {
        return "PSS restricted volume types";
    }

    @Override
    void check(PodTemplate pods, Consumer<ValidationFinding> findings) {
        JsonNode volumes = pods.spec().path("volumes");
        for (int i = 0; i < volumes.size(); i++) {
            for (var field : volumes.get(i).properties()) {
                String type = field.getKey();
                if (!type.equals("name") && !ALLOWED.contains(type)) {
                    findings.accept(violation(pods.owner(), pods.specPointer() + "/volumes/" + i + "/" + type,
                            "volume `" + volumes.get(i).path("name").asText() + "` is of type " + type
                                    + ", which the restricted Pod Security Standard forbids",
                            "use emptyDir, configMap, secret, projected, downwardAPI, csi, ephemeral"
                                    + " or persistentVolumeClaim"));
                }
            }
        }
    }
}
