package dev.wwegen.fleet;

import dev.wwegen.pipeline.Generation;
import dev.wwegen.profile.Profile;

import java.util.Optional;

/**
 * One cell, generated.
 *
 * @param cell       the cell
 * @param profile    its effective profile (the base profile with every overlay, failover included)
 * @param generation the objects and findings
 */
public record CellGeneration(Cell cell, Optional<Profile> profile, Generation generation) {
}
