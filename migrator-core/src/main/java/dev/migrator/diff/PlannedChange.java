package dev.migrator.diff;

import java.util.List;

/**
 * Statements the planner made for one difference, with their exact inverse.
 *
 * @param phase the pair they go to
 * @param rank where they run in the pair's up: lower first (the down runs in reverse)
 * @param subject the object they change, as its key ({@code column public.orders.status})
 * @param up the statements of the up, each without its semicolon
 * @param down the statements that undo them, in the order they run
 */
public record PlannedChange(Phase phase, int rank, String subject, List<String> up, List<String> down) {

	public PlannedChange {
		up = List.copyOf(up);
		down = List.copyOf(down);
	}

}
