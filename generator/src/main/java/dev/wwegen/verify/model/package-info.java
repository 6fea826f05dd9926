/**
 * What the validation layers share: a {@link dev.wwegen.verify.model.Resource} (one object and where it
 * was read), the {@link dev.wwegen.verify.model.ResourceSet} the cross-reference and policy layers look
 * things up in, pod templates and label selectors, and the
 * {@link dev.wwegen.verify.model.ValidationFinding} every layer reports. No layer logic lives here.
 */
package dev.wwegen.verify.model;
