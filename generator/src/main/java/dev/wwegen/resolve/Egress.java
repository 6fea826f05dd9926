package dev.wwegen.resolve;

/**
 * One connection the pods start themselves, as the NetworkPolicy allows it: to every pod of a namespace
 * on one port.
 *
 * @param connection the connection's number in the model
 * @param target     the back end's name
 * @param namespace  the back end's namespace
 * @param transport  {@code TCP} or {@code UDP}
 * @param port       the back end's port
 */
public record Egress(int connection, String target, String namespace, String transport, int port) {
}
