package dev.migrator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.migrator.lint.FileContext;
import dev.migrator.lint.Findings;
import dev.migrator.lint.LintRule;
import dev.migrator.lint.StatementView;
import dev.migrator.lint.rules.Rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.migrator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule coreImportsNeitherSpringNorPicocli = noClasses()
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "picocli..");

	/**
	 * Stores only store and fetch; the engine decides. They may throw the API's typed errors (a syntax error, an
	 * invalid encoding, a lock timeout): those are value types of the facade that callers match on, not engine.
	 */
	@ArchTest
	static final ArchRule storesDoNotReachIntoTheEngine = noClasses()
		.that().resideInAnyPackage("dev.migrator.sql..", "dev.migrator.source..", "dev.migrator.history..",
				"dev.migrator.lock..")
		.should().dependOnClassesThat(resideInAnyPackage("dev.migrator.execute..", "dev.migrator.lint..",
				"dev.migrator.verify..", "dev.migrator.generate..")
			.or(resideInAPackage("dev.migrator")
				.and(not(assignableTo(MigratorException.class))))
			.as("are the engine (execute, lint, verify, generate, or the dev.migrator facade beyond its errors)"));

	/**
	 * The facade only delegates: each operation is one of the engine's verbs (dev.migrator.execute.Engine), so
	 * Migrator opens no connection and reads neither the history nor the files itself.
	 */
	@ArchTest
	static final ArchRule theFacadeOnlyDelegatesToTheEngine = noClasses()
		.that().belongToAnyOf(Migrator.class)
		.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "dev.migrator.history..",
				"dev.migrator.source..", "dev.migrator.sql..");

	@ArchTest
	static final ArchRule lintRulesAreReachedOnlyThroughTheLinter = noClasses()
		.that().resideOutsideOfPackage("dev.migrator.lint..")
		.should().dependOnClassesThat().resideInAPackage("dev.migrator.lint.rules..");

	/** The linter gets every rule from {@link Rules}; the rules themselves are no API. */
	@ArchTest
	static final ArchRule lintRulesAreNotPublic = classes()
		.that().resideInAPackage("dev.migrator.lint.rules..")
		.and().doNotHaveFullyQualifiedName(Rules.class.getName())
		.should().notBePublic();

	/**
	 * What a rule sees is public only because the rules live in a subpackage: nothing outside lint may use it.
	 */
	@ArchTest
	static final ArchRule whatRulesSeeIsUsedOnlyByLint = noClasses()
		.that().resideOutsideOfPackage("dev.migrator.lint..")
		.should().dependOnClassesThat().belongToAnyOf(LintRule.class, FileContext.class, Findings.class,
				StatementView.class);

	@ArchTest
	static final ArchRule caseConversionNamesALocale = CodeRules.CASE_CONVERSION_NAMES_A_LOCALE;

}
