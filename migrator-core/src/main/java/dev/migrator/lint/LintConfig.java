package dev.migrator.lint;

import java.util.HashMap;
import java.util.Map;

/**
 * How lint judges: per-rule severity overrides (including {@code OFF}) and the PostgreSQL
 * major the migrations target, where safety depends on it.
 */
public final class LintConfig {

	public static final int DEFAULT_POSTGRES_MAJOR = 14;

	private final Map<String, Severity> severities;

	private final int postgresMajor;

	private LintConfig(Map<String, Severity> severities, int postgresMajor) {
		this.severities = Map.copyOf(severities);
		this.postgresMajor = postgresMajor;
	}

	public static LintConfig defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The severity a rule reports with: its override, else its default. */
	Severity severityOf(String rule, Severity defaultSeverity) {
		return this.severities.getOrDefault(rule, defaultSeverity);
	}

	int postgresMajor() {
		return this.postgresMajor;
	}

	/** Builds a {@link LintConfig}. */
	public static final class Builder {

		private final Map<String, Severity> severities = new HashMap<>();

		private int postgresMajor = DEFAULT_POSTGRES_MAJOR;

		private Builder() {
		}

		public Builder severity(String rule, Severity severity) {
			this.severities.put(rule, severity);
			return this;
		}

		public Builder severities(Map<String, Severity> severities) {
			this.severities.putAll(severities);
			return this;
		}

		public Builder postgresMajor(int postgresMajor) {
			this.postgresMajor = postgresMajor;
			return this;
		}

		public LintConfig build() {
			return new LintConfig(this.severities, this.postgresMajor);
		}

	}

}
