package dev.migrator.diff;

/**
 * One up/down pair to write, with its text.
 *
 * @param phase which part of the plan it holds
 * @param up the up file's text
 * @param down the down file's text
 */
public record DdlPair(Phase phase, String up, String down) {

	/** The name of the pair's files, after the version: the migration's name and the phase's suffix. */
	public String description(String name) {
		return name + this.phase.suffix();
	}

}
