package dev.migrator.diff;

import java.util.List;

/**
 * A difference the planner left out.
 *
 * @param subject the key of the object ({@code table public.notes})
 * @param reason why, and what to do about it
 * @param renames for a dropped object, the renames that would explain it (an added column of
 * the same table and type, an added table); empty otherwise
 */
public record Refusal(String subject, String reason, List<Rename> renames) {

	public Refusal {
		renames = List.copyOf(renames);
	}

	public Refusal(String subject, String reason) {
		this(subject, reason, List.of());
	}

	@Override
	public String toString() {
		return this.subject + " " + this.reason;
	}

}
