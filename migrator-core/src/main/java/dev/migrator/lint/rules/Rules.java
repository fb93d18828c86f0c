package dev.migrator.lint.rules;

import java.util.List;

import dev.migrator.lint.LintRule;

/**
 * The one way into this package: every rule, in the order the {@code Linter} runs them. The rules
 * themselves are package-private, so only the linter decides how they are applied.
 */
public final class Rules {

	private static final List<LintRule> ALL = List.of(new DropTableRule(), new DropColumnRule(), new DropSchemaRule(),
			new NotNullWithoutDefaultRule(), new SetNotNullRule(), new IndexNotConcurrentRule(),
			new ConstraintNotValidRule(), new UniqueConstraintRule(), new ChangeColumnTypeRule(),
			new VolatileDefaultRule(), new ConcurrentlyInTransactionRule(), new TransactionControlRule(),
			new DeleteWithoutWhereRule(), new IdentifierTooLongRule(), new RenameColumnRule(), new RenameTableRule(),
			new DropIndexNotConcurrentRule(), new FkWithoutIndexRule(), new MissingIfNotExistsRule(),
			new TimestampWithoutTimeZoneRule(), new PreferJsonbRule(), new PreferTextRule(), new CharTypeRule(),
			new PreferBigintRule(), new VacuumFullRule(), new UpdateWithoutWhereRule(), new EmptyMigrationRule());

	private Rules() {
	}

	public static List<LintRule> all() {
		return ALL;
	}

}
