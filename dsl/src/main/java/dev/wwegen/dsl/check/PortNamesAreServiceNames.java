package dev.wwegen.dsl.check;

import dev.wwegen.dsl.model.Architecture;
import dev.wwegen.dsl.model.Component;
import dev.wwegen.dsl.model.Port;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Port names become container and Service port names, so each is an IANA service name (≤ 15
 * characters, lower case, at least one letter, no "--"), and names and numbers are unique per component.
 */
public final class PortNamesAreServiceNames implements Rule {

    @Override
    public String id() {
        return "port-names-are-service-names";
    }

    @Override
    public List<Finding> check(Architecture architecture) {
        List<Finding> findings = new ArrayList<>();
        String where = Rule.where(architecture);
        for (Component component : architecture.components()) {
            Set<String> names = new HashSet<>();
            Set<Integer> numbers = new HashSet<>();
            for (Port port : component.ports()) {
                String path = "components[" + component.name() + "].ports[" + port.name() + "]";
                if (!NameFormats.isServiceName(port.name())) {
                    findings.add(Finding.error(where, path + ".name", "port name \"" + port.name()
                                    + "\" is not an IANA service name",
                            "use at most 15 lower-case letters, digits and single '-', with at least one letter,"
                                    + " e.g. http"));
                }
                if (!names.add(port.name())) {
                    findings.add(Finding.error(where, path, "port name \"" + port.name() + "\" is declared twice",
                            "give each port of " + component.name() + " its own name"));
                }
                if (!numbers.add(port.number())) {
                    findings.add(Finding.error(where, path + ".number", "port number " + port.number()
                            + " is declared twice", "give each port of " + component.name() + " its own number"));
                }
            }
        }
        return findings;
    }
}
