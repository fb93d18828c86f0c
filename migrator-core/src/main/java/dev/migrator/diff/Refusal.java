package dev.migrator.diff;

/**
 * A difference the planner left out.
 *
 * @param subject the key of the object ({@code table public.notes})
 * @param reason why, and what to do about it
 */
public record Refusal(String subject, String reason) {

	@Override
	public String toString() {
		return this.subject + " " + this.reason;
	}

}
