package dev.migrator;

import java.util.Locale;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules every module's main code keeps; shared through core's test-jar so the CLI and the Boot modules check the
 * same rule on their own classes.
 */
public final class CodeRules {

	/**
	 * {@code toLowerCase()} follows the JVM's default locale: under Turkish, {@code "INDEX"} becomes {@code "ındex"}
	 * and stops matching keywords, and JSON and messages change with the machine. Use {@link Locale#ROOT}.
	 */
	public static final ArchRule CASE_CONVERSION_NAMES_A_LOCALE = noClasses()
		.should().callMethod(String.class, "toLowerCase")
		.orShould().callMethod(String.class, "toUpperCase")
		.because("the default locale changes the result (Turkish dotless i); pass Locale.ROOT");

	private CodeRules() {
	}

}
