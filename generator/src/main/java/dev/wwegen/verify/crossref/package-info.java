/**
 * The cross-reference layer: checks that objects which name each other agree, the way the API server
 * cannot (it accepts each object alone). One class per check; {@link dev.wwegen.verify.crossref.CrossReferences}
 * lists them. A reference is resolved in the referring object's own namespace, and a miss that exists
 * in another namespace says so.
 */
package dev.wwegen.verify.crossref;
