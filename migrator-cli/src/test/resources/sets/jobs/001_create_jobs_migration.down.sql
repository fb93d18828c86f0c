DROP TABLE jobs_migration;
