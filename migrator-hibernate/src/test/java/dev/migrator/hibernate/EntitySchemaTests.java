package dev.migrator.hibernate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.MigratorConfig;
import dev.migrator.diff.DiffOptions;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;
import dev.migrator.hibernate.shop.ShopApplication;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;
import dev.migrator.verify.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedDatabaseTest
class EntitySchemaTests {

	@BeforeEach
	void runnerNotRunYet() {
		ShopApplication.RUNNER_RAN.set(false);
	}

	@Test
	void entitiesMatchMigrationsWrittenByHandToMatchThem(TestDatabase database) throws Exception {
		assertThat(compare(database, "classpath:shop/migrations").differences()).isEmpty();
	}

	@Test
	void applicationRunnersDoNotRunWhileTheSchemaIsBuilt(TestDatabase database) {
		EntitySchema.createOn(database.dataSource(), ShopApplication.class);

		assertThat(ShopApplication.RUNNER_RAN).isFalse();
		assertThat(database.tableExists("public.orders_products")).isTrue();
	}

	@Test
	void findsTheApplicationClassWhenNoneIsNamedAsTheBuildPluginCallsIt(TestDatabase database, @TempDir Path classes)
			throws Exception {
		Path compiled = Path.of(ShopApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		String file = ShopApplication.class.getName().replace('.', '/') + ".class";
		Files.createDirectories(classes.resolve(file).getParent());
		Files.copy(compiled.resolve(file), classes.resolve(file));

		EntitySchema.createOn(database.dataSource(), null, classes);

		assertThat(database.tableExists("public.customer")).isTrue();
	}

	@Test
	void foreignKeysHibernateNamedTakePostgresDefaultNames(TestDatabase database) {
		EntitySchema.createOn(database.dataSource(), ShopApplication.class);

		assertThat(database.queryColumn("SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY 1"))
			.containsExactly("orders_customer_id_fkey", "orders_products_products_id_fkey",
					"orders_products_purchase_order_id_fkey");
	}

	private static DiffReport compare(TestDatabase database, String... locations) throws Exception {
		try (ScratchDatabase migrations = ScratchDatabase.on(database.url(), database.user(), database.password());
				ScratchDatabase entities = migrations.another()) {
			MigratorConfig config = MigratorConfig.builder()
				.dataSource(migrations.dataSource())
				.locations(List.of(locations))
				.build();
			return new MigrationDiff(config, entities.dataSource(), DiffOptions.SAFE)
				.compare(EntitySchema.of(ShopApplication.class));
		}
	}

}
