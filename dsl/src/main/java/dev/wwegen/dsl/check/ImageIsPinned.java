package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Image;
import dev.wwegen.dsl.model.WebApp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The web app's image names a version: a tag that is not {@code latest}, or a {@code sha256} digest
 * (kube-linter latest-tag, kube-score container-image-tag, Checkov CKV_K8S_14/43).
 */
public final class ImageIsPinned implements Rule {

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*");

    @Override
    public String id() {
        return "image-is-pinned";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (WebApp app : architecture.webApps()) {
            Image image = app.image();
            String path = "components[" + app.name() + "].image";
            if (!REPOSITORY.matcher(image.repository()).matches()) {
                findings.add(Finding.error(where, path + ".repository", "\"" + image.repository()
                        + "\" is not an image repository path", "use lower-case path parts, e.g. workspace/wwe-nginx;"
                        + " put a registry host in .registry(...)"));
            }
            if (image.tag().isEmpty() && image.digest().isEmpty()) {
                findings.add(Finding.error(where, path + ".tag", "image " + image.repository() + " has no tag or digest",
                        "pin a version, e.g. .tag(\"100.0.001.0113\")"));
            } else if (image.tag().equals("latest")) {
                findings.add(Finding.error(where, path + ".tag", "image tag \"latest\" is not a version",
                        "pin a version, e.g. .tag(\"100.0.001.0113\"), or a digest"));
            } else if (!image.tag().isEmpty() && !TAG.matcher(image.tag()).matches()) {
                findings.add(Finding.error(where, path + ".tag", "\"" + image.tag() + "\" is not a valid image tag",
                        "use up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'"));
            }
            if (!image.digest().isEmpty() && !DIGEST.matcher(image.digest()).matches()) {
                findings.add(Finding.error(where, path + ".digest", "\"" + image.digest() + "\" is not a sha256 digest",
                        "write sha256: followed by 64 lower-case hex digits"));
            }
        }
        return findings;
    }
}
