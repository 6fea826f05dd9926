package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Namespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names become Kubernetes object names, label values and namespaces, so each must be an RFC 1123
 * label of at most 63 characters: the architecture's, every component's and every namespace's. The
 * architecture's name is also the Helm release name, so it has at most 53.
 */
public final class NamesAreDnsLabels implements Rule {

    /** Helm refuses longer release names, and the architecture's name is the release's. */
    static final int RELEASE_MAX = 53;

    @Override
    public String id() {
        return "names-are-dns-labels";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        require(findings, where, "name", architecture.name());
        if (NameFormats.isDnsLabel(architecture.name()) && architecture.name().length() > RELEASE_MAX) {
            findings.add(Finding.error(where, "name", "\"" + architecture.name() + "\" has "
                    + architecture.name().length() + " characters; as the Helm release name it may have at most "
                    + RELEASE_MAX, "use a shorter architecture name"));
        }
        Set<String> namespaces = new TreeSet<>();
        for (Component component : architecture.components()) {
            require(findings, where, "components[" + component.name() + "].name", component.name());
            component.home().map(Namespace::name).ifPresent(namespaces::add);
        }
        architecture.gateway().ifPresent(g -> require(findings, where, "gateway.name", g.name()));
        for (String namespace : namespaces) {
            require(findings, where, "namespaces[" + namespace + "]", namespace);
        }
        return findings;
    }

    private static void require(List<Finding> findings, String where, String path, String name) {
        if (!NameFormats.isDnsLabel(name)) {
            String why = name.length() > 63 ? " (" + name.length() + " characters)" : "";
            findings.add(Finding.error(where, path, "\"" + name + "\" is not an RFC 1123 label" + why,
                    NameFormats.DNS_LABEL_HINT));
        }
    }
}
