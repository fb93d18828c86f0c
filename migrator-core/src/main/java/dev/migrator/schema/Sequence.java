package dev.migrator.schema;

/**
 * A sequence (also one behind a serial or identity column).
 * @param ownedBy the column it belongs to ({@code public.tags.id}), dropped with it, or null
 */
public record Sequence(QualifiedName name, String type, long start, long increment, long minimum, long maximum,
		long cache, boolean cycle, boolean unlogged, String ownedBy) implements SchemaObject {

	@Override
	public String kind() {
		return "sequence";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return (this.unlogged ? "unlogged " : "") + "as %s start %d increment %d min %d max %d cache %d%s".formatted(
				this.type, this.start, this.increment, this.minimum, this.maximum, this.cache,
				this.cycle ? " cycle" : "") + ((this.ownedBy != null) ? " owned by " + this.ownedBy : "");
	}

}
