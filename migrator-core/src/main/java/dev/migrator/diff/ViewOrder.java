package dev.migrator.diff;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.schema.View;

/**
 * Views in the order they can be created: each after the views its query names. The query is
 * pg_get_viewdef's, which names a view by its name, qualified when outside the search path.
 */
final class ViewOrder {

	private ViewOrder() {
	}

	static List<View> dependenciesFirst(List<View> views) {
		List<View> left = new ArrayList<>(views);
		List<View> ordered = new ArrayList<>();
		while (!left.isEmpty()) {
			View next = left.stream()
				.filter((view) -> left.stream().noneMatch((other) -> other != view && names(view, other)))
				.findFirst()
				// a cycle cannot be created at all; keep the rest in their order and let the proof tell
				.orElse(left.get(0));
			left.remove(next);
			ordered.add(next);
		}
		return ordered;
	}

	private static boolean names(View view, View other) {
		return Sql.mentions(view.query(), other.name().name());
	}

}
