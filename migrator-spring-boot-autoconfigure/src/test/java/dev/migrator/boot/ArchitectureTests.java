package dev.migrator.boot;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.migrator.CodeRules;

@AnalyzeClasses(packages = "dev.migrator.boot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule caseConversionNamesALocale = CodeRules.CASE_CONVERSION_NAMES_A_LOCALE;

}
