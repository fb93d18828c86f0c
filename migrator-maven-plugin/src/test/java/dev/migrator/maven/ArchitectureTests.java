package dev.migrator.maven;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.migrator.CodeRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.migrator.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule caseConversionNamesALocale = CodeRules.CASE_CONVERSION_NAMES_A_LOCALE;

	/** The plugin is a front end of core's API, like the CLI, never a user of the CLI. */
	@ArchTest
	static final ArchRule usesCoreNotTheCli = noClasses().should().dependOnClassesThat().resideInAPackage("dev.migrator.cli..");

}
